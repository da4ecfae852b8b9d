package org.clausewise.ingest.pdf;

import java.util.List;

/**
 * The glyphs of one page, in the order they are drawn.
 *
 * @param number     1-based page number
 * @param width      page width in points
 * @param height     page height in points
 * @param glyphs     the glyphs that carry text
 * @param unreadable glyphs drawn with no Unicode meaning (a font without a character map): text lost
 * @param images     the page draws at least one image (with no text, a scanned page)
 */
record PageGlyphs(int number, float width, float height, List<Glyph> glyphs, int unreadable, boolean images) {
    PageGlyphs {
        glyphs = List.copyOf(glyphs);
    }

    boolean hasText() {
        for (Glyph g : glyphs) {
            if (!g.isSpace()) {
                return true;
            }
        }
        return false;
    }
}
