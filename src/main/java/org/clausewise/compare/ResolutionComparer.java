package org.clausewise.compare;

import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;

/**
 * Compares two resolutions clause by clause, separately for the preamble and the operative
 * part, matching clauses by content rather than by number: renumbering is not a change, moved
 * clauses are found out of order, split and merged clauses sit on paired rows, and each matched
 * pair carries its word-level diff with editorial noise kept apart from substantive change.
 * Thread-safe; keep one instance for many comparisons, as it remembers the words of the texts
 * it has seen.
 */
public final class ResolutionComparer {
    private final PartComparer part = new PartComparer(new TextCache());

    public Comparison compare(Resolution left, Resolution right) {
        return new Comparison(left, right,
                part.compare(left.preamble(), right.preamble()),
                part.compare(left.operative(), right.operative()));
    }
}
