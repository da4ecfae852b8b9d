package org.clausewise.compare;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.Relation;

/**
 * Puts aligned clauses in reading order for the side-by-side view: rows follow the right text;
 * a removed clause comes just before the next clause that kept its place; a moved clause is
 * shown where it now stands; the two rows of a split or merge sit together.
 */
final class RowOrder {
    private final Alignment alignment;
    private final int leftSize;
    private final int rightSize;
    private final List<Pairing> rows = new ArrayList<>();
    private final boolean[] leftDone;
    private int nextLeft;

    private RowOrder(Alignment alignment, int leftSize, int rightSize) {
        this.alignment = alignment;
        this.leftSize = leftSize;
        this.rightSize = rightSize;
        this.leftDone = new boolean[leftSize];
    }

    static List<Pairing> of(Alignment alignment, int leftSize, int rightSize) {
        return of(alignment, leftSize, rightSize, List.of(), List.of());
    }

    /**
     * @param splits one left clause → right clauses {@code first}, {@code first + 1}
     * @param merges left clauses {@code first}, {@code first + 1} → one right clause
     */
    static List<Pairing> of(Alignment alignment, int leftSize, int rightSize,
                            List<SplitDetector.Group> splits, List<SplitDetector.Group> merges) {
        RowOrder order = new RowOrder(alignment, leftSize, rightSize);
        order.build(splits, merges);
        return order.rows;
    }

    private void build(List<SplitDetector.Group> splits, List<SplitDetector.Group> merges) {
        SplitDetector.Group[] splitAt = new SplitDetector.Group[rightSize];
        SplitDetector.Group[] mergeAt = new SplitDetector.Group[rightSize];
        for (SplitDetector.Group g : splits) {
            splitAt[g.first()] = g;
        }
        for (SplitDetector.Group g : merges) {
            mergeAt[g.one()] = g;
            leftDone[g.first()] = true;
            leftDone[g.first() + 1] = true;
        }
        for (SplitDetector.Group g : splits) {
            leftDone[g.one()] = true;
        }
        int[] anchorAfter = anchorsAfter(splitAt, mergeAt);
        for (int j = 0; j < rightSize; j++) {
            if (splitAt[j] != null) {
                int i = splitAt[j].one();
                boolean moved = movedLeft(i);
                flushRemovedBefore(moved ? -1 : i);
                rows.add(new Pairing(i, j, moved, Relation.SPLIT));
                rows.add(new Pairing(i, j + 1, moved, Relation.SPLIT));
                j++;
            } else if (mergeAt[j] != null) {
                int i = mergeAt[j].first();
                boolean moved = movedLeft(i) || movedLeft(i + 1);
                flushRemovedBefore(moved ? -1 : i);
                rows.add(new Pairing(i, j, moved, Relation.MERGED));
                rows.add(new Pairing(i + 1, j, moved, Relation.MERGED));
            } else if (alignment.rightMatched(j)) {
                int i = alignment.rightPartner[j];
                boolean moved = alignment.moved[i];
                flushRemovedBefore(moved ? -1 : i);
                leftDone[i] = true;
                rows.add(new Pairing(i, j, moved, Relation.NONE));
            } else {
                // deletions before insertions within one gap between clauses that kept their place
                flushRemovedBefore(anchorAfter[j]);
                rows.add(new Pairing(-1, j, false, Relation.NONE));
            }
        }
        flushRemovedBefore(leftSize);
    }

    /**
     * For each right clause j, the left clause of the first in-order pair after it (the left size
     * if none), in one backward pass: looking ahead from every added clause was quadratic in a
     * text of thousands of added clauses.
     */
    private int[] anchorsAfter(SplitDetector.Group[] splitAt, SplitDetector.Group[] mergeAt) {
        int[] after = new int[rightSize];
        int next = leftSize;
        for (int k = rightSize - 1; k >= 0; k--) {
            after[k] = next;
            int left = splitAt[k] != null ? splitAt[k].one()
                    : mergeAt[k] != null ? mergeAt[k].first()
                    : alignment.rightPartner[k];
            if (left >= 0 && !movedLeft(left)) {
                next = left;
            }
        }
        return after;
    }

    private boolean movedLeft(int i) {
        return alignment.leftMatched(i) && alignment.moved[i];
    }

    /** Emits the removed clauses standing before left clause {@code upTo}. */
    private void flushRemovedBefore(int upTo) {
        for (; nextLeft < upTo; nextLeft++) {
            if (!leftDone[nextLeft] && !alignment.leftMatched(nextLeft)) {
                leftDone[nextLeft] = true;
                rows.add(new Pairing(nextLeft, -1, false, Relation.NONE));
            }
        }
    }
}
