package org.clausewise.ui.library;

/** How far loading the library has got: {@code done} of {@code total} texts, {@code fromIndex} of them without parsing. */
public record LoadStatus(int done, int total) {
    /** 0.0 to 1.0; -1 (indeterminate) before the files are counted. */
    public double fraction() {
        return total <= 0 ? -1 : (double) done / total;
    }

    /** "Reading texts: 312 of 1202". */
    public String describe() {
        return total <= 0 ? "Loading texts\u2026" : "Reading texts: " + done + " of " + total;
    }
}
