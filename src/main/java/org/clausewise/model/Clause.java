package org.clausewise.model;

import java.util.List;

/**
 * One paragraph of a resolution, or one paragraph or article of an annex.
 *
 * <p>{@code number} is the 1-based index of a preambular paragraph, or the printed number of an
 * operative paragraph, annex paragraph or article; an unnumbered paragraph gets its position (1, 2 …)
 * and {@code numbered} false. {@code text} is the clean display text: one paragraph, no line breaks,
 * no footnote markers, no page furniture, but the original characters (typographic quotes, U+2011
 * hyphens) kept for display. When the clause has sub-paragraphs, {@code text} holds only its
 * lead-in. {@link #comparableText()} gives the normalised form used for comparison.
 *
 * @param annex            the annex it stands in ({@code ""} for a lone "Annex", {@code "I"} …); null in the body
 * @param section          the path of the section it stands in ({@code "IV"}, {@code "IV.A"}), naming a
 *                         {@link Heading}; null when the text (or annex) has no sections
 * @param numbered         the number is printed; false for an unnumbered operative or annex paragraph.
 *                         Preambular paragraphs, unnumbered in print, are known by their index: true
 * @param form             paragraph, article or rule
 * @param numberedPerSection numbering restarts in each section, so the number names the clause only
 *                         together with its section: the label is then "OP IV.3"
 */
public record Clause(Part part, int number, String text, List<SubParagraph> subparagraphs,
                     List<FootnoteRef> footnoteRefs, String annex, String section, boolean numbered,
                     ClauseForm form, boolean numberedPerSection) {
    public Clause {
        subparagraphs = List.copyOf(subparagraphs);
        footnoteRefs = List.copyOf(footnoteRefs);
        form = form == null ? ClauseForm.PARAGRAPH : form;
    }

    /** A numbered paragraph of the body, outside any section (the first release's shape). */
    public Clause(Part part, int number, String text, List<SubParagraph> subparagraphs, List<FootnoteRef> footnoteRefs) {
        this(part, number, text, subparagraphs, footnoteRefs, null, null, true, ClauseForm.PARAGRAPH, false);
    }

    public static Clause preambular(int index, String text, List<FootnoteRef> refs) {
        return new Clause(Part.PREAMBLE, index, text, List.of(), refs);
    }

    public static Clause operative(int number, String text, List<SubParagraph> subs, List<FootnoteRef> refs) {
        return new Clause(Part.OPERATIVE, number, text, subs, refs);
    }

    /** The same clause placed in a section (path), numbered per section or not. */
    public Clause inSection(String sectionPath, boolean perSection) {
        return new Clause(part, number, text, subparagraphs, footnoteRefs, annex, sectionPath, numbered, form, perSection);
    }

    /**
     * As delegates name paragraphs: "PP 3", "OP 12", "OP IV.3" (numbering restarts per section),
     * "OP" (unnumbered), "Annex ¶ 3", "Annex I ¶ 3", "Annex art. 5", "Annex II rule 7", and "Annex PP 2"
     * for the second unnumbered paragraph of an annex (a declaration's preamble).
     */
    public String label() {
        String n = (numberedPerSection && section != null ? section + "." : "") + number;
        if (part != Part.ANNEX) {
            return numbered || part == Part.PREAMBLE ? part.abbreviation() + " " + n : part.abbreviation();
        }
        String which = annex == null || annex.isEmpty() ? "Annex " : "Annex " + annex + " ";
        switch (form) {
            case ARTICLE: return which + "art. " + n;
            case RULE: return which + "rule " + n;
            // An annex's unnumbered paragraphs are counted apart, as the body's preambular ones are.
            default: return which + (numbered ? "¶ " : "PP ") + n;
        }
    }

    /** Text used for comparison: see {@link ComparableText}. */
    public String comparableText() {
        return ComparableText.of(text);
    }

    /** The clause's first word, which carries its force ("Welcomes", "Urges", "Recalling"). */
    public String leadingWord() {
        String t = text.strip();
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        return t.substring(0, end);
    }

    /** Lead-in and sub-paragraphs as one text, "(a) …" each on its own line, nested ones indented. */
    public String fullText() {
        if (subparagraphs.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (SubParagraph sub : subparagraphs) {
            sub.appendTo(sb, "");
        }
        return sb.toString();
    }
}
