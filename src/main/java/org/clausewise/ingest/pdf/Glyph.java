package org.clausewise.ingest.pdf;

/**
 * One character as the PDF draws it.
 *
 * @param text     its Unicode text (usually one character; a ligature is already split)
 * @param x        left edge, in points from the left of the page
 * @param y        baseline, in points from the TOP of the page (so a raised glyph has a smaller y)
 * @param width    advance width in points
 * @param size     font size in points as drawn (font size times the text matrix scale)
 * @param artifact drawn inside {@code /Artifact} marked content: page furniture in a tagged PDF
 * @param barcode  drawn in a barcode font (the job number's barcode on the first page)
 */
record Glyph(String text, float x, float y, float width, float size, boolean artifact, boolean barcode) {
    float right() {
        return x + width;
    }

    boolean isSpace() {
        return text.length() == 1 ? text.charAt(0) <= ' ' || Character.isSpaceChar(text.charAt(0)) : text.isBlank();
    }
}
