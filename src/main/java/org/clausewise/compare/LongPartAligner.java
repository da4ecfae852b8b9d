package org.clausewise.compare;

import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aligns the clauses of two parts too long for the similarity matrix of every pair (a text of
 * 30,000 one-line "clauses" made a 900-million-cell matrix). Real parts have at most a few
 * hundred clauses and never come here. Clauses with the same comparable text are paired in order
 * (a Myers diff of their texts within a budget, else a greedy walk); inside each gap between two
 * such pairs that is small enough, the ordinary aligner pairs by similarity; what is left is
 * paired as moved when its text is the same elsewhere. No splits or merges are looked for.
 */
final class LongPartAligner {
    /** Pairs of clauses the ordinary aligner may score: 2,000 × 1,000, some 16 MB of matrix. */
    static final long MAX_PAIRS = 2_000_000;
    /** A gap up to this many pairs is aligned by similarity inside the long part. */
    private static final long MAX_GAP_PAIRS = 10_000;
    /** The diff of a part's clause texts runs once per comparison: it may take some 20 times a word diff. */
    private static final long CLAUSE_DIFF_WORK = 40_000_000;

    private LongPartAligner() {
    }

    static boolean needed(int leftSize, int rightSize) {
        return (long) leftSize * rightSize > MAX_PAIRS;
    }

    static Alignment align(TextProfile[] left, TextProfile[] right, List<String> leftKeys, List<String> rightKeys) {
        Alignment alignment = new Alignment(left.length, right.length);
        if (!equalInOrderByDiff(leftKeys, rightKeys, alignment)) {
            equalInOrderGreedily(leftKeys, rightKeys, alignment);
        }
        alignGaps(left, right, alignment);
        movesOfTheSameText(leftKeys, rightKeys, alignment);
        return alignment;
    }

    private static boolean equalInOrderByDiff(List<String> leftKeys, List<String> rightKeys, Alignment alignment) {
        List<AbstractDelta<String>> deltas;
        try {
            deltas = DiffBudget.deltas(leftKeys, rightKeys, String::equals, CLAUSE_DIFF_WORK);
        } catch (DiffBudget.Exceeded e) {
            return false;
        }
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> d : deltas) {
            for (; i < d.getSource().getPosition(); i++, j++) {
                alignment.match(i, j, false);
            }
            i += d.getSource().size();
            j += d.getTarget().size();
        }
        for (; i < leftKeys.size() && j < rightKeys.size(); i++, j++) {
            alignment.match(i, j, false);
        }
        return true;
    }

    /** Each left clause takes the next clause of the same text on the right, if any: in order, linear. */
    private static void equalInOrderGreedily(List<String> leftKeys, List<String> rightKeys, Alignment alignment) {
        Map<String, Deque<Integer>> positions = positions(rightKeys, alignment);
        int j = 0;
        for (int i = 0; i < leftKeys.size(); i++) {
            Deque<Integer> same = positions.get(leftKeys.get(i));
            while (same != null && !same.isEmpty() && same.peek() < j) {
                same.poll();
            }
            if (same != null && !same.isEmpty()) {
                j = same.poll();
                alignment.match(i, j++, false);
            }
        }
    }

    /** Between two in-order pairs, clauses that changed: paired by similarity when the gap is small. */
    private static void alignGaps(TextProfile[] left, TextProfile[] right, Alignment alignment) {
        int prevLeft = -1;
        int prevRight = -1;
        for (int i = 0; i <= left.length; i++) {
            if (i < left.length && !alignment.leftMatched(i)) {
                continue;
            }
            int j = i < left.length ? alignment.leftPartner[i] : right.length;
            int n = i - prevLeft - 1;
            int m = j - prevRight - 1;
            if (n > 0 && m > 0 && (long) n * m <= MAX_GAP_PAIRS) {
                TextProfile[] l = Arrays.copyOfRange(left, prevLeft + 1, i);
                TextProfile[] r = Arrays.copyOfRange(right, prevRight + 1, j);
                Alignment inner = SequenceAligner.align(Similarity.matrix(l, r), n, m);
                for (int k = 0; k < n; k++) {
                    if (inner.leftMatched(k)) {
                        alignment.match(prevLeft + 1 + k, prevRight + 1 + inner.leftPartner[k], inner.moved[k]);
                    }
                }
            }
            prevLeft = i;
            prevRight = j;
        }
    }

    private static void movesOfTheSameText(List<String> leftKeys, List<String> rightKeys, Alignment alignment) {
        Map<String, Deque<Integer>> unmatchedRight = positions(rightKeys, alignment);
        for (int i = 0; i < leftKeys.size(); i++) {
            Deque<Integer> same = alignment.leftMatched(i) ? null : unmatchedRight.get(leftKeys.get(i));
            while (same != null && !same.isEmpty() && alignment.rightMatched(same.peek())) {
                same.poll();
            }
            if (same != null && !same.isEmpty()) {
                alignment.match(i, same.poll(), true);
            }
        }
    }

    /** Where each text stands among the right clauses not yet paired, in order. */
    private static Map<String, Deque<Integer>> positions(List<String> rightKeys, Alignment alignment) {
        Map<String, Deque<Integer>> positions = new HashMap<>();
        for (int j = 0; j < rightKeys.size(); j++) {
            if (!alignment.rightMatched(j)) {
                positions.computeIfAbsent(rightKeys.get(j), k -> new ArrayDeque<>()).add(j);
            }
        }
        return positions;
    }
}
