package org.clausewise.model;

import java.util.List;

/**
 * A lettered sub-paragraph of a clause: "(a) …", with its own nested sub-paragraphs, so that
 * (a) → (i) → (A) is kept as printed. {@code label} is "a", "ii", "A" or, for the numbered
 * paragraphs of an article, "1", without brackets. When it has children, {@code text} is its lead-in.
 */
public record SubParagraph(String label, String text, List<FootnoteRef> footnoteRefs,
                           List<SubParagraph> subparagraphs) {
    public SubParagraph {
        footnoteRefs = List.copyOf(footnoteRefs);
        subparagraphs = List.copyOf(subparagraphs);
    }

    /** A sub-paragraph without nested ones (the first release's shape). */
    public SubParagraph(String label, String text, List<FootnoteRef> footnoteRefs) {
        this(label, text, footnoteRefs, List.of());
    }

    /** Text used for comparison: see {@link ComparableText}. */
    public String comparableText() {
        return ComparableText.of(text);
    }

    /** "(a) text" and its children, each on a new line, children indented further. */
    void appendTo(StringBuilder sb, String indent) {
        sb.append('\n').append(indent).append('(').append(label).append(") ").append(text);
        for (SubParagraph child : subparagraphs) {
            child.appendTo(sb, indent + "  ");
        }
    }
}
