package org.clausewise.ui.library;

/**
 * How far loading the library has got: {@code done} of {@code total} texts. Now and then (a few
 * times a second at most) it carries the library of the texts read so far, so the sidebar fills
 * in while a first import runs.
 *
 * @param soFar the texts read so far, grouped; null in most updates
 */
public record LoadStatus(int done, int total, Library soFar) {
    public LoadStatus(int done, int total) {
        this(done, total, null);
    }

    /** 0.0 to 1.0; -1 (indeterminate) before the files are counted. */
    public double fraction() {
        return total <= 0 ? -1 : (double) done / total;
    }

    /** "Reading texts: 312 of 1202". */
    public String describe() {
        return total <= 0 ? "Loading texts\u2026" : "Reading texts: " + done + " of " + total;
    }
}
