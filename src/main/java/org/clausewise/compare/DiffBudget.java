package org.clausewise.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * A bound on the work of one Myers diff (java-diff-utils), so no diff algorithm of our own.
 * Myers works through D rounds for D differing tokens, round d visiting d + 1 diagonals, and
 * follows runs of equal tokens with equality checks: two long texts that share little (a
 * 16,000-word clause against its reverse, or a text against one a hundred times longer) took
 * minutes and much memory. The library reports each round to a listener and asks us every
 * equality check; both are counted here, and past the budget the count throws, so that the
 * caller falls back to a coarser comparison ({@link CoarseDiffer}).
 */
final class DiffBudget {
    /**
     * Rounds' diagonals plus equality checks, about 100 ms of work. A rewritten 600-word clause
     * needs a tenth of it; only texts of thousands of words that share little reach it.
     */
    static final long WORK = 2_000_000;

    /** Thrown from inside the library when the budget is spent; cheap (no stack trace). */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("diff budget exceeded", null, false, false);
        }
    }

    private DiffBudget() {
    }

    /**
     * The Myers deltas of two lists within the budget.
     *
     * @throws Exceeded when they differ too much to be diffed within it
     */
    static <T> List<AbstractDelta<T>> deltas(List<T> a, List<T> b, BiPredicate<T, T> equal) {
        return deltas(a, b, equal, WORK);
    }

    /** As {@link #deltas(List, List, BiPredicate)} with another budget (a whole part's clauses, diffed once). */
    static <T> List<AbstractDelta<T>> deltas(List<T> a, List<T> b, BiPredicate<T, T> equal, long budget) {
        long distanceAtLeast = Math.abs((long) a.size() - b.size());
        if (distanceAtLeast * distanceAtLeast / 2 > budget) {
            throw new Exceeded(); // D >= |N - M| rounds cost at least D²/2: no need to start
        }
        Work work = new Work(budget);
        BiPredicate<T, T> counted = (x, y) -> {
            work.spend(1);
            return equal.test(x, y);
        };
        return DiffUtils.diff(a, b, new MyersDiff<>(counted), work).getDeltas();
    }

    /** The budget left, spent by rounds (through the listener) and by equality checks. */
    private static final class Work implements DiffAlgorithmListener {
        private long left;

        Work(long budget) {
            this.left = budget;
        }

        void spend(long amount) {
            left -= amount;
            if (left < 0) {
                throw new Exceeded();
            }
        }

        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int round, int max) {
            spend(round + 1L);
        }

        @Override
        public void diffEnd() {
        }
    }
}
