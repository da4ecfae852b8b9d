package org.clausewise.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed General Assembly text.
 *
 * @param symbol    "A/RES/67/169", or null when the text does not carry one (drafts often don't)
 * @param session   the General Assembly session, e.g. 67; null when it cannot be told
 * @param kind      adopted resolution or draft
 * @param title     the title without the "67/169." prefix
 * @param date      adoption date; for a draft its issue date; null when not found
 * @param preamble  preambular paragraphs, numbered 1…n
 * @param operative operative paragraphs with their printed numbers
 * @param footnotes footnotes in order of their marks
 * @param warnings  what the parser skipped or guessed, in words a user understands
 * @param source    where the text came from (file name), for display and messages
 */
public record Resolution(String symbol, Integer session, ResolutionKind kind, String title, LocalDate date,
                         List<Clause> preamble, List<Clause> operative, List<Footnote> footnotes,
                         List<String> warnings, String source) {
    public Resolution {
        preamble = List.copyOf(preamble);
        operative = List.copyOf(operative);
        footnotes = List.copyOf(footnotes);
        warnings = List.copyOf(warnings);
    }

    public List<Clause> clauses(Part part) {
        return part == Part.PREAMBLE ? preamble : operative;
    }

    /** A short name for headers and lists: the symbol, or "Draft (67th session)" when there is none. */
    public String displayName() {
        if (symbol != null) {
            return symbol;
        }
        String what = kind == ResolutionKind.DRAFT ? "Draft" : "Resolution";
        return session == null ? what : what + " (" + Sessions.ordinal(session) + " session)";
    }
}
