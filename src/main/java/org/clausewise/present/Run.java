package org.clausewise.present;

/**
 * A stretch of shown text that is drawn one way: the screen turns it into style classes, the PDF
 * into a colour, a line and a font face, the command line into {@code [-…-]} / {@code {+…+}}.
 *
 * @param text      what is shown, with footnote marks already as superscripts
 * @param mark      deleted (only in the left text), inserted (only in the right text), or none
 * @param editorial the mark is only typographic or OCR noise, drawn in the quieter style; never
 *                  set without a mark
 * @param role      what the text is: clause wording, its operative verb, a footnote mark, …
 */
public record Run(String text, Mark mark, boolean editorial, Role role) {
    public Run {
        if (text == null || mark == null || role == null) {
            throw new IllegalArgumentException("a run has text, a mark and a role");
        }
        editorial = editorial && mark != Mark.NONE;
    }

    /** How a change is marked. */
    public enum Mark { NONE, DELETED, INSERTED }

    /** What a run of text is, apart from its change mark. */
    public enum Role {
        /** The clause's own words. */
        TEXT,
        /** The clause's first word ("Recalling", "Urges"), set in italic as the UN prints it. */
        VERB,
        /** A footnote mark, raised: digits as Unicode superscripts, other marks ("*") drawn small. */
        FOOTNOTE_MARK,
        /** "(a) " before a sub-paragraph. */
        SUB_LABEL,
        /** {@link #MOVED_SIGN} before a sub-paragraph matched out of order. */
        MOVED_MARK,
        /** The line break before a sub-paragraph. */
        BREAK
    }

    /** The sign before a sub-paragraph that was moved within its clause (also the history's "moved"). */
    public static final String MOVED_SIGN = "\u2195";

    public static Run plain(String text) {
        return new Run(text, Mark.NONE, false, Role.TEXT);
    }

    public static Run of(String text, Role role) {
        return new Run(text, Mark.NONE, false, role);
    }

    /** A deleted or inserted stretch. */
    public boolean isChange() {
        return mark != Mark.NONE;
    }

    /** Same look as {@code other}, so the two can be one run. */
    boolean sameLook(Run other) {
        return mark == other.mark && editorial == other.editorial && role == other.role;
    }

    Run append(String more) {
        return new Run(text + more, mark, editorial, role);
    }
}
