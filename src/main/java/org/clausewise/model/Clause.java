package org.clausewise.model;

import java.util.List;

/**
 * One paragraph of a resolution.
 *
 * <p>{@code number} is the 1-based index of a preambular paragraph, or the printed number of an
 * operative paragraph. {@code text} is the clean display text: one paragraph, no line breaks, no
 * footnote markers, no page furniture, but the original characters (typographic quotes, U+2011
 * hyphens) kept for display. When the clause has sub-paragraphs, {@code text} holds only its
 * lead-in. {@link #comparableText()} gives the normalised form used for comparison.
 */
public record Clause(Part part, int number, String text, List<SubParagraph> subparagraphs,
                     List<FootnoteRef> footnoteRefs) {
    public Clause {
        subparagraphs = List.copyOf(subparagraphs);
        footnoteRefs = List.copyOf(footnoteRefs);
    }

    public static Clause preambular(int index, String text, List<FootnoteRef> refs) {
        return new Clause(Part.PREAMBLE, index, text, List.of(), refs);
    }

    public static Clause operative(int number, String text, List<SubParagraph> subs, List<FootnoteRef> refs) {
        return new Clause(Part.OPERATIVE, number, text, subs, refs);
    }

    /** "PP 3" or "OP 12", as delegates name paragraphs. */
    public String label() {
        return part.abbreviation() + " " + number;
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

    /** Lead-in and sub-paragraphs as one text, "(a) …" each on its own, for search and copy. */
    public String fullText() {
        if (subparagraphs.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (SubParagraph sub : subparagraphs) {
            sb.append("\n(").append(sub.label()).append(") ").append(sub.text());
        }
        return sb.toString();
    }
}
