package org.clausewise.present;

import java.util.List;
import org.clausewise.model.ChangeKind;

/**
 * A lettered sub-paragraph of a clause row beside its counterpart: "(a) …" on the left, its match
 * on the right. A side without it is null: the drawers leave a gap there.
 *
 * @param kind     what happened to the sub-paragraph; null where the clause's sub-paragraphs were
 *                 not aligned (the two rows of a split or merged clause), so they are only listed
 * @param left     the left side's text runs (a moved one starts with the moved sign), or null
 * @param right    the right side's text runs, or null
 * @param redline  one-column form, deletions and insertions in reading order (command line, history)
 * @param level    0 for a sub-paragraph of the clause ((a)), 1 for one nested in it ((i)), 2 for (A) …:
 *                 the drawers indent it so much further
 */
public record SubparagraphLine(ChangeKind kind, String leftLabel, List<Run> left, String rightLabel,
                               List<Run> right, List<Run> redline, int level) {
    public SubparagraphLine {
        left = left == null ? null : List.copyOf(left);
        right = right == null ? null : List.copyOf(right);
        redline = List.copyOf(redline);
    }

    /** A sub-paragraph of the clause itself (level 0). */
    public SubparagraphLine(ChangeKind kind, String leftLabel, List<Run> left, String rightLabel,
                            List<Run> right, List<Run> redline) {
        this(kind, leftLabel, left, rightLabel, right, redline, 0);
    }

    public List<Run> runs(Side side) {
        return side == Side.LEFT ? left : right;
    }

    public String label(Side side) {
        return side == Side.LEFT ? leftLabel : rightLabel;
    }

    /** The label of the side that has it, the right one first: "b". */
    public String label() {
        return rightLabel != null ? rightLabel : leftLabel;
    }

    public boolean moved() {
        return kind == ChangeKind.MOVED;
    }
}
