package org.clausewise.lineage;

import org.clausewise.compare.ResolutionComparer;
import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;

/** Aligns two texts clause by clause; the compare engine in the app, hand-made rows in tests. */
@FunctionalInterface
public interface TextComparer {
    Comparison compare(Resolution left, Resolution right);

    /** The compare engine of package compare: thread-safe, and its text cache makes one instance serve all pairs best. */
    static TextComparer engine() {
        return new ResolutionComparer()::compare;
    }
}
