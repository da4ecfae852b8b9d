package org.clausewise.corpus;

import java.nio.file.Path;

/**
 * How far a load has got: {@code done} of {@code total} files read, {@code current} the file just
 * finished (null before the first one).
 */
public record LoadProgress(int done, int total, Path current) {
    /** 0.0 to 1.0; 1.0 for an empty load, which is done at once. */
    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }
}
