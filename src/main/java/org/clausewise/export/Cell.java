package org.clausewise.export;

/**
 * One line of one column of a row.
 *
 * @param gutter     word in the gutter beside this line ("OP 3", "moved from"), or null
 * @param gutterTag  how to draw it
 * @param prefix     a sub-paragraph's "(a)", drawn at the indent on its first line, or null
 * @param text       the wrapped clause text of this line, or null for an empty line
 * @param indent     points from the start of the text box (sub-paragraphs are indented)
 * @param gap        this side has no counterpart here: the line is shaded
 */
record Cell(String gutter, Tag gutterTag, String prefix, TextLine text, float indent, boolean gap) {
    static Cell blank(boolean gap) {
        return new Cell(null, null, null, null, 0, gap);
    }

    Cell withGutter(String word, Tag tag) {
        return new Cell(word, tag, prefix, text, indent, gap);
    }
}
