package org.clausewise.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import java.util.List;
import java.util.Locale;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.model.Resolution;
import org.clausewise.model.Sessions;
import org.clausewise.present.Column;

/**
 * Draws one page of the negotiation PDF: the header (title; each column's role, symbol, session
 * and date), the rows, and the footer with "n / N". Each row is drawn story first, then column by
 * column, so selecting or extracting the text reads one text's clause at a time.
 */
final class ThreeWayPageRenderer implements PdfDocuments.Drawing {

    private final ThreeWayComparison comparison;
    private final ThreeWayLayout layout;
    private final PdfFonts fonts;
    private final PageGeometry page;
    private final ThreeWayGeometry columns;

    ThreeWayPageRenderer(ThreeWayComparison comparison, ThreeWayLayout layout, PdfFonts fonts) {
        this.comparison = comparison;
        this.layout = layout;
        this.fonts = fonts;
        this.page = layout.columns.page();
        this.columns = layout.columns;
    }

    @Override
    public int pageCount() {
        return layout.pageCount();
    }

    @Override
    public PDRectangle mediaBox() {
        return page.mediaBox();
    }

    @Override
    public void draw(TextPainter painter, int index) throws IOException {
        header(painter);
        for (Placed item : layout.pages.get(index)) {
            if (item instanceof Placed.Summary) {
                layout.summary.draw(painter, PageGeometry.MARGIN_X, item.top());
            } else if (item instanceof Placed.Heading h) {
                painter.plain(h.text(), fonts.bold, 10.5f, Palette.INK, PageGeometry.MARGIN_X, h.top() - 15);
            } else {
                segment(painter, (Placed.ThreeWaySegment) item);
            }
        }
        PageFrame.footer(painter, fonts, page, comparison.previous().displayName() + " → "
                + comparison.draft().displayName() + " → " + comparison.adopted().displayName(), index + 1,
                layout.pageCount());
    }

    private void header(TextPainter painter) throws IOException {
        float top = page.height() - PageGeometry.MARGIN_TOP;
        PageFrame.titleLine(painter, fonts, page, comparison.adopted().title(), "Clausewise negotiation view", top);
        painter.plain("Story", fonts.bold, 8, Palette.MUTED, columns.storyX(), top - 31);
        for (Column c : Column.values()) {
            columnHead(painter, c, top);
        }
        painter.rule(Palette.RULE, 0.8f, PageGeometry.MARGIN_X, top - 36, page.width() - PageGeometry.MARGIN_X, top - 36);
    }

    /** "LAST SESSION'S RESOLUTION · 65TH SESSION" over "A/RES/65/218  adopted 21 December 2010". */
    private void columnHead(TextPainter painter, Column column, float top) throws IOException {
        float x = columns.columnX(column);
        float width = columns.columnWidth();
        Resolution r = column.text(comparison);
        String role = column.title() + (r.session() == null ? "" : " · " + Sessions.ordinal(r.session()) + " session");
        painter.plain(painter.fit(role.toUpperCase(Locale.ROOT), fonts.regular, 6.5f, width), fonts.regular, 6.5f,
                Palette.MUTED, x, top - 21);
        String symbol = painter.fit(r.displayName(), fonts.bold, 9.5f, width / 2);
        painter.plain(symbol, fonts.bold, 9.5f, Palette.INK, x, top - 31);
        float dx = fonts.width(fonts.bold, symbol, 9.5f) + 6;
        // the two-column header's words, less the session the line above already names
        String details = PageRenderer.details(r);
        int dot = details.indexOf(" · ");
        details = dot < 0 ? details : details.substring(dot + 3);
        painter.plain(painter.fit(details, fonts.regular, 7.5f, width - dx), fonts.regular, 7.5f, Palette.MUTED,
                x + dx, top - 31);
    }

    private void segment(TextPainter painter, Placed.ThreeWaySegment s) throws IOException {
        float top = s.top();
        if (top < page.bodyTop() - 1) { // the header's rule already closes the top of a page
            painter.rule(Palette.RULE, 0.4f, PageGeometry.MARGIN_X, top, page.width() - PageGeometry.MARGIN_X, top);
        }
        for (Column c : Column.values()) {
            if (c != Column.PREVIOUS) {
                float divider = columns.columnX(c) - ThreeWayGeometry.COLUMN_GAP / 2;
                painter.rule(Palette.RULE, 0.4f, divider, top, divider, top - s.height());
            }
        }
        story(painter, s);
        for (Column c : Column.values()) {
            column(painter, s, c);
        }
    }

    private void story(TextPainter painter, Placed.ThreeWaySegment s) throws IOException {
        List<Cell> cells = s.block().story();
        for (int i = s.from(); i < s.to(); i++) {
            Cell cell = cells.get(i);
            String text = cell.gutter();
            Tag tag = cell.gutterTag();
            if (i == s.from() && s.continued()) {
                text = s.block().row().label() + " cont.";
                tag = Tag.CONTINUED;
            }
            if (text != null) {
                painter.plain(text, fonts.oblique, RowComposer.GUTTER_TAG_SIZE, Palette.tag(tag), columns.storyX(),
                        baseline(s, i));
            }
        }
    }

    private void column(TextPainter painter, Placed.ThreeWaySegment s, Column column) throws IOException {
        List<Cell> cells = s.block().cells(column);
        shadeGaps(painter, s, cells, column);
        float x = columns.columnX(column);
        float textX = columns.textX(column);
        // a row that goes on from the page before repeats its number, on as many lines as at its start
        List<String> repeated = s.continued() && hasText(cells, s) && s.block().row().label(column) != null
                ? ThreeWayRowComposer.numberLines(fonts, s.block().row().label(column)) : List.of();
        for (int i = s.from(); i < s.to(); i++) {
            Cell cell = cells.get(i);
            float baseline = baseline(s, i);
            String gutter = i - s.from() < repeated.size() ? repeated.get(i - s.from()) : cell.gutter();
            if (gutter != null) {
                painter.plain(gutter, fonts.bold, ThreeWayGeometry.NUMBER_SIZE, Palette.tag(Tag.NUMBER), x, baseline);
            }
            if (cell.prefix() != null) {
                painter.plain(cell.prefix(), fonts.regular, PageGeometry.TEXT_SIZE, Palette.INK,
                        textX + cell.indent() - 2 * PageGeometry.SUB_INDENT, baseline);
            }
            if (cell.text() != null) {
                painter.line(cell.text(), textX + cell.indent(), baseline, PageGeometry.TEXT_SIZE);
            }
        }
    }

    /** Whether the column goes on in this piece of a row (its number is repeated only then). */
    private static boolean hasText(List<Cell> cells, Placed.ThreeWaySegment s) {
        return cells.subList(s.from(), s.to()).stream().anyMatch(c -> c.text() != null);
    }

    private static float baseline(Placed.ThreeWaySegment s, int line) {
        return s.top() - PageGeometry.ROW_PAD - (line - s.from()) * PageGeometry.LEADING - 9;
    }

    /** Shades each run of gap lines as one box; a missing clause shades its whole column, number too. */
    private void shadeGaps(TextPainter painter, Placed.ThreeWaySegment s, List<Cell> cells, Column column)
            throws IOException {
        int i = s.from();
        while (i < s.to()) {
            if (!cells.get(i).gap()) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.to() && cells.get(j).gap()) {
                j++;
            }
            float top = s.top() - (i == s.from() ? 0 : PageGeometry.ROW_PAD + (i - s.from()) * PageGeometry.LEADING);
            float bottom = s.top() - (j == s.to() ? s.height() : PageGeometry.ROW_PAD + (j - s.from()) * PageGeometry.LEADING);
            float x = s.block().row().has(column) ? columns.textX(column) : columns.columnX(column);
            painter.fill(Palette.GAP, x, bottom, columns.columnX(column) + columns.columnWidth() - x, top - bottom);
            i = j;
        }
    }
}
