package org.clausewise.export;

import java.util.List;
import org.clausewise.model.ClauseRow;
import org.clausewise.present.PresentedRow;
import org.clausewise.present.Side;

/**
 * A comparison row laid out: its left and right columns as the same number of lines, so that a
 * page break can fall between any two lines and both columns go on together.
 */
record RowBlock(PresentedRow presented, List<Cell> left, List<Cell> right) {
    RowBlock {
        if (left.size() != right.size()) {
            throw new IllegalArgumentException("columns of a row must have the same number of lines");
        }
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** The comparison row laid out here. */
    ClauseRow row() {
        return presented.source();
    }

    int lines() {
        return left.size();
    }

    /**
     * Lines that must stay on one page with the row's first line: those carrying the clause
     * number and the notes under it ("moved from", "OP 3", "verb changed").
     */
    int headLines() {
        int head = 1;
        for (int i = 0; i < lines(); i++) {
            if (left.get(i).gutter() != null || right.get(i).gutter() != null) {
                head = i + 1;
            }
        }
        return head;
    }

    /** "OP 12" of the side that has the clause, for the continuation label. */
    String label(boolean leftSide) {
        return presented.label(leftSide ? Side.LEFT : Side.RIGHT);
    }
}
