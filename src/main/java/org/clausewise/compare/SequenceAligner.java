package org.clausewise.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches two lists of clauses by content: first the best order-keeping matching (a weighted
 * longest common subsequence over the similarity matrix, by dynamic programming, so inserting
 * one clause never shifts the others out of their pairs), then a move pass that pairs what is
 * left when two clauses are clearly the same text out of order.
 */
final class SequenceAligner {
    /** Below this, two clauses are not the same clause even in their expected place. */
    static final double MATCH_MIN = 0.5;
    /** A clause out of order must be more clearly the same text to be called moved. */
    static final double MOVE_MIN = 0.6;
    /**
     * Subtracted from each pair's similarity before summing, so that one strong pair outweighs
     * two borderline ones it would cross (0.95 - 0.25 > 2 × (0.5 - 0.25)).
     */
    private static final double PAIR_COST = 0.25;

    private SequenceAligner() {
    }

    static Alignment align(double[][] sim, int leftSize, int rightSize) {
        return align(sim, sim, leftSize, rightSize);
    }

    /**
     * @param inOrderSim the similarities the order-keeping pass goes by
     * @param moveSim    those the move pass goes by (they differ where sections restrict the first, see SectionPairs)
     */
    static Alignment align(double[][] inOrderSim, double[][] moveSim, int leftSize, int rightSize) {
        Alignment alignment = new Alignment(leftSize, rightSize);
        inOrder(inOrderSim, leftSize, rightSize, alignment);
        moves(moveSim, leftSize, rightSize, alignment);
        return alignment;
    }

    /** Maximises the summed similarity (less PAIR_COST) of order-keeping pairs, each at least MATCH_MIN. */
    private static void inOrder(double[][] sim, int n, int m, Alignment alignment) {
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double v = Math.max(best[i - 1][j], best[i][j - 1]);
                double s = sim[i - 1][j - 1];
                if (s >= MATCH_MIN) {
                    v = Math.max(v, best[i - 1][j - 1] + s - PAIR_COST);
                }
                best[i][j] = v;
            }
        }
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            double s = sim[i - 1][j - 1];
            if (s >= MATCH_MIN && best[i][j] == best[i - 1][j - 1] + s - PAIR_COST) {
                alignment.match(i - 1, j - 1, false);
                i--;
                j--;
            } else if (best[i][j] == best[i - 1][j]) {
                i--;
            } else {
                j--;
            }
        }
    }

    /** Pairs the clauses left over, best similarity first, when they are clearly the same text. */
    private static void moves(double[][] sim, int n, int m, Alignment alignment) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (alignment.leftMatched(i)) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                if (!alignment.rightMatched(j) && sim[i][j] >= MOVE_MIN) {
                    candidates.add(new int[] {i, j});
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((int[] c) -> -sim[c[0]][c[1]])
                .thenComparingInt(c -> c[0]).thenComparingInt(c -> c[1]));
        for (int[] c : candidates) {
            if (!alignment.leftMatched(c[0]) && !alignment.rightMatched(c[1])) {
                alignment.match(c[0], c[1], true);
            }
        }
    }
}
