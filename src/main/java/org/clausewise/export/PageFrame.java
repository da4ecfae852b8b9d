package org.clausewise.export;

import java.io.IOException;

/**
 * What every page of every Clausewise PDF has around its rows: the title line with the brand at the
 * top, the footer rule with what is compared and "n / N". One place, so the two-column and the
 * three-column PDFs look alike.
 */
final class PageFrame {
    private PageFrame() {
    }

    /** The text's title on the left (shortened to fit), {@code brand} on the right, at {@code top}. */
    static void titleLine(TextPainter painter, PdfFonts fonts, PageGeometry page, String title, String brand,
                          float top) throws IOException {
        float brandWidth = fonts.width(fonts.regular, brand, 7.5f);
        painter.plain(painter.fit(title == null ? "" : title, fonts.bold, 10, page.bodyWidth() - brandWidth - 30),
                fonts.bold, 10, Palette.INK, PageGeometry.MARGIN_X, top - 10);
        painter.plain(brand, fonts.regular, 7.5f, Palette.MUTED, page.width() - PageGeometry.MARGIN_X - brandWidth,
                top - 10);
    }

    /** "A → B · Clausewise" on the left, "n / N" on the right, under a rule. */
    static void footer(TextPainter painter, PdfFonts fonts, PageGeometry page, String what, int n, int total)
            throws IOException {
        float y = PageGeometry.FOOTER_TOP - 18;
        painter.rule(Palette.RULE, 0.5f, PageGeometry.MARGIN_X, PageGeometry.FOOTER_TOP - 6,
                page.width() - PageGeometry.MARGIN_X, PageGeometry.FOOTER_TOP - 6);
        painter.plain(painter.fit(what + " · Clausewise", fonts.regular, 7.5f, page.bodyWidth() - 80), fonts.regular,
                7.5f, Palette.MUTED, PageGeometry.MARGIN_X, y);
        String number = n + " / " + total;
        painter.plain(number, fonts.regular, 8, Palette.INK,
                page.width() - PageGeometry.MARGIN_X - fonts.width(fonts.regular, number, 8), y);
    }
}
