package org.clausewise.ingest;

/**
 * One cleaned line of the source text.
 *
 * @param number    1-based line number in the source, for warnings
 * @param text      the cleaned text, trimmed; empty for a blank line. Explicit footnote markers
 *                  (superscripts, {@code <sup>}, {@code $x^2$}) are already turned into {@link Markers}
 * @param indented  the source line began with a space or tab: a first-line indent, which in
 *                  several shapes of text is the only sign that a new paragraph starts
 * @param furniture page furniture known from the line alone (a barcode, word-processor metadata)
 */
record Line(int number, String text, boolean indented, boolean furniture) {
    boolean blank() {
        return text.isEmpty();
    }

    Line asFurniture() {
        return new Line(number, text, indented, true);
    }
}
