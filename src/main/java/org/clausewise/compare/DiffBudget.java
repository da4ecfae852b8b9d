package org.clausewise.compare;

import java.util.function.BiPredicate;

/**
 * A bound on the work of one diff, counted in the equality checks java-diff-utils asks for.
 * Myers' algorithm needs about D²/2 of them for D differing tokens, so two long texts that share
 * little (a 16,000-word clause against its reverse) took a minute and much memory. Counting the
 * checks bounds both without a diff algorithm of our own: past the budget the check throws and
 * the caller falls back to a coarser comparison ({@link CoarseDiffer}).
 */
final class DiffBudget {
    /**
     * About 100 ms of work. A rewritten 600-word clause needs under a tenth of it; the budget is
     * reached only by texts of thousands of words that share little.
     */
    static final long COMPARISONS = 2_000_000;

    /** Thrown from inside the library when the budget is spent; cheap (no stack trace). */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("diff budget exceeded", null, false, false);
        }
    }

    private DiffBudget() {
    }

    /** {@code equal}, counted: throws {@link Exceeded} on the call past {@code budget}. */
    static <T> BiPredicate<T, T> counting(BiPredicate<T, T> equal, long budget) {
        long[] left = {budget};
        return (a, b) -> {
            if (--left[0] < 0) {
                throw new Exceeded();
            }
            return equal.test(a, b);
        };
    }
}
