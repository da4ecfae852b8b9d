package org.clausewise.ui.viewer;

import org.clausewise.present.Side;

/** A hit of find-in-text: row index among the visible rows, the side, and [start, end) in its shown text. */
public record FindMatch(int row, Side side, int start, int end) {
    /** True when this match lies after the given position in reading order (row, then left before right). */
    boolean isAfter(int otherRow, Side otherSide, int otherStart) {
        if (row != otherRow) {
            return row > otherRow;
        }
        if (side != otherSide) {
            return side.ordinal() > otherSide.ordinal();
        }
        return start > otherStart;
    }
}
