package org.clausewise.export;

import java.util.List;
import org.clausewise.present.GroupRow;

/**
 * A section heading or an annex's title laid out: each side's heading in its column (a side without
 * it shaded as a gap), what happened to it in the gutter, both columns the same number of lines.
 * Kept whole on one page with the first lines of the row after it.
 */
record HeadingBlock(GroupRow group, List<Cell> left, List<Cell> right) {
    /** Room above a heading, so a section reads as starting there. */
    static final float SPACE_ABOVE = 6;

    HeadingBlock {
        if (left.size() != right.size()) {
            throw new IllegalArgumentException("columns of a heading must have the same number of lines");
        }
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    int lines() {
        return left.size();
    }
}
