package org.clausewise.export;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where things go on a landscape page, in PDF points (origin bottom left). Two columns of equal
 * width, each a gutter for clause numbers and notes, then the clause text.
 */
record PageGeometry(float width, float height) {
    static final float MARGIN_X = 36;
    static final float MARGIN_TOP = 28;
    static final float HEADER_HEIGHT = 44;
    static final float FOOTER_TOP = 40;
    static final float COLUMN_GAP = 22;
    static final float GUTTER = 56;
    static final float SUB_INDENT = 10;
    static final float TEXT_SIZE = 9;
    static final float LEADING = 12;
    static final float ROW_PAD = 3.5f;

    static PageGeometry of(PdfOptions.PageSize size) {
        PDRectangle r = size == PdfOptions.PageSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
        return new PageGeometry(r.getHeight(), r.getWidth()); // landscape: long side across
    }

    PDRectangle mediaBox() {
        return new PDRectangle(width, height);
    }

    float columnWidth() {
        return (width - 2 * MARGIN_X - COLUMN_GAP) / 2;
    }

    float columnX(boolean left) {
        return left ? MARGIN_X : MARGIN_X + columnWidth() + COLUMN_GAP;
    }

    float textX(boolean left) {
        return columnX(left) + GUTTER;
    }

    float textWidth() {
        return columnWidth() - GUTTER;
    }

    float bodyWidth() {
        return width - 2 * MARGIN_X;
    }

    /** Top of the area rows are drawn in, below the header. */
    float bodyTop() {
        return height - MARGIN_TOP - HEADER_HEIGHT;
    }

    /** Nothing of a row goes below this line: the footer lives under it. */
    float bodyBottom() {
        return FOOTER_TOP;
    }
}
