package org.clausewise.brief;

/** How far a brief has got: {@code done} of {@code total} resolutions compared. */
@FunctionalInterface
public interface BriefProgress {
    BriefProgress NONE = (done, total) -> { };

    void compared(int done, int total);
}
