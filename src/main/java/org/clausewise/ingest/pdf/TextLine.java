package org.clausewise.ingest.pdf;

/**
 * One line of a page: glyphs on one baseline, read left to right, with footnote marks written
 * {@code <sup>1</sup>} (the parser's explicit marker form).
 *
 * @param text     the line's text, words spaced by glyph positions, marks explicit
 * @param x        left edge of the first glyph
 * @param right    right edge of the last glyph
 * @param y        baseline, from the top of the page
 * @param size     the font size most of the line is set in
 * @param artifact every glyph of it is page furniture by the PDF's own tagging
 * @param barcode  it is drawn in a barcode font
 */
record TextLine(String text, float x, float right, float y, float size, boolean artifact, boolean barcode) {
    TextLine withText(String newText) {
        return new TextLine(newText, x, right, y, size, artifact, barcode);
    }
}
