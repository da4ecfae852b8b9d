package org.clausewise.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds one clause answering two consecutive clauses of the other text: a clause split in two,
 * or (run on the transposed matrix) two clauses merged into one. After alignment such a case
 * looks like one match beside an unmatched neighbour; it is a split when the neighbour's
 * phrasing is found in the clause (and not merely repeated from the matched half) and the two
 * read together match the clause better than the matched one alone.
 */
final class SplitDetector {
    /** The two clauses read together must be at least this close to the one. */
    static final double JOINED_MIN = 0.7;
    /** ...and this much closer than the matched half alone. */
    static final double GAIN_MIN = 0.05;
    /**
     * Share of the unmatched half's word pairs that must occur in the one clause (and must not
     * already occur in the matched half, or the "half" is only a repetition of its neighbour).
     */
    static final double CONTAINED_MIN = 0.6;

    /** {@code one} answers {@code first} and {@code first + 1} of the other side. */
    record Group(int one, int first) {
    }

    private SplitDetector() {
    }

    /**
     * @param one         profiles of the side with the single clause
     * @param many        profiles of the side with the two clauses
     * @param manyPartner for each clause of {@code many}, its matched clause in {@code one}, or -1
     * @param sim         similarity, indexed [one][many]
     */
    static List<Group> find(TextProfile[] one, TextProfile[] many, int[] manyPartner, double[][] sim) {
        List<double[]> candidates = new ArrayList<>();
        for (int j = 0; j < many.length; j++) {
            if (manyPartner[j] >= 0) {
                continue;
            }
            for (int nb = j - 1; nb <= j + 1; nb += 2) {
                if (nb < 0 || nb >= many.length || manyPartner[nb] < 0) {
                    continue;
                }
                int i = manyPartner[nb];
                int first = Math.min(j, nb);
                double joined = one[i].similarity(many[first].plus(many[first + 1]));
                if (joined >= JOINED_MIN && joined >= sim[i][nb] + GAIN_MIN
                        && many[j].containedIn(one[i]) >= CONTAINED_MIN
                        && many[j].containedIn(many[nb]) < CONTAINED_MIN) {
                    candidates.add(new double[] {joined, i, first});
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]).thenComparingDouble(c -> c[2]));
        List<Group> groups = new ArrayList<>();
        boolean[] oneUsed = new boolean[one.length];
        boolean[] manyUsed = new boolean[many.length];
        for (double[] c : candidates) {
            int i = (int) c[1];
            int first = (int) c[2];
            if (!oneUsed[i] && !manyUsed[first] && !manyUsed[first + 1]) {
                oneUsed[i] = true;
                manyUsed[first] = true;
                manyUsed[first + 1] = true;
                groups.add(new Group(i, first));
            }
        }
        return groups;
    }
}
