package org.clausewise.model;

import java.util.List;

/** A lettered sub-paragraph of an operative clause: "(a) …". {@code label} is "a", "b", … without brackets. */
public record SubParagraph(String label, String text, List<FootnoteRef> footnoteRefs) {
    public SubParagraph {
        footnoteRefs = List.copyOf(footnoteRefs);
    }

    /** Text used for comparison: see {@link ComparableText}. */
    public String comparableText() {
        return ComparableText.of(text);
    }
}
