package org.clausewise.model;

/**
 * A highlighted range of one side's display text, [start, end) in characters. Left-side spans
 * are DELETE, right-side spans INSERT; {@code editorial} spans are drawn in the quieter style.
 * The viewer and the PDF both draw from these, so they cannot disagree.
 */
public record Span(int start, int end, EditOp op, boolean editorial) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
