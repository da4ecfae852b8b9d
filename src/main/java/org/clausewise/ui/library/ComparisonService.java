package org.clausewise.ui.library;

import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;

/** Compares two texts; the composition root plugs in the compare engine. */
@FunctionalInterface
public interface ComparisonService {
    Comparison compare(Resolution left, Resolution right);
}
