package org.clausewise.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.Sessions;

/**
 * Draws one laid-out page: the header (title, both symbols with session and date), the rows,
 * and the footer with "n / N". Each row is drawn left column first, then right column, so that
 * selecting or extracting the text reads one clause at a time.
 */
final class PageRenderer implements PdfDocuments.Drawing {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final float GUTTER_NUMBER_SIZE = 8.5f;
    private static final float GUTTER_TAG_SIZE = RowComposer.GUTTER_TAG_SIZE;

    private final Comparison comparison;
    private final ComparisonLayout layout;
    private final PdfFonts fonts;
    private final PageGeometry page;

    PageRenderer(Comparison comparison, ComparisonLayout layout, PdfFonts fonts) {
        this.comparison = comparison;
        this.layout = layout;
        this.fonts = fonts;
        this.page = layout.page;
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
        List<Placed> items = layout.pages.get(index);
        for (Placed item : items) {
            if (item instanceof Placed.Summary) {
                layout.summary.draw(painter, PageGeometry.MARGIN_X, item.top());
            } else if (item instanceof Placed.Heading) {
                heading(painter, (Placed.Heading) item);
            } else {
                segment(painter, (Placed.Segment) item);
            }
        }
        PageFrame.footer(painter, fonts, page, comparison.left().displayName() + " → " + comparison.right().displayName(),
                index + 1, layout.pageCount());
    }

    private void header(TextPainter painter) throws IOException {
        float top = page.height() - PageGeometry.MARGIN_TOP;
        PageFrame.titleLine(painter, fonts, page, comparison.right().title(), "Clausewise comparison", top);
        columnHead(painter, comparison.left(), true, top - 27);
        columnHead(painter, comparison.right(), false, top - 27);
        painter.rule(Palette.RULE, 0.8f, PageGeometry.MARGIN_X, top - 34,
                page.width() - PageGeometry.MARGIN_X, top - 34);
    }

    private void columnHead(TextPainter painter, Resolution r, boolean left, float baseline) throws IOException {
        float x = page.columnX(left);
        String symbol = painter.fit(r.displayName(), fonts.bold, 10.5f, page.columnWidth() / 2);
        painter.plain(symbol, fonts.bold, 10.5f, Palette.INK, x, baseline);
        float dx = fonts.width(fonts.bold, symbol, 10.5f) + 8;
        painter.plain(painter.fit(details(r), fonts.regular, 8, page.columnWidth() - dx), fonts.regular, 8,
                Palette.MUTED, x + dx, baseline);
    }

    /** "61st session · adopted 19 December 2006" or "67th session · draft of 9 November 2012". */
    static String details(Resolution r) {
        StringBuilder sb = new StringBuilder();
        if (r.session() != null && r.symbol() != null) { // without a symbol the name already says the session
            sb.append(Sessions.ordinal(r.session())).append(" session · ");
        }
        // Drafts, draft decisions and amendments are dated by issue, not adoption.
        boolean draft = r.kind() != null && (r.kind().isDraft() || r.kind() == ResolutionKind.AMENDMENT);
        String what = draft ? r.kind().displayName().toLowerCase(java.util.Locale.ROOT) : "";
        if (r.date() == null) {
            sb.append(draft ? what + ", date unknown" : "adoption date unknown");
        } else {
            sb.append(draft ? what + " of " : "adopted ").append(DATE.format(r.date()));
        }
        return sb.toString();
    }

    private void heading(TextPainter painter, Placed.Heading h) throws IOException {
        painter.plain(h.text(), fonts.bold, 10.5f, Palette.INK, PageGeometry.MARGIN_X, h.top() - 15);
    }

    private void segment(TextPainter painter, Placed.Segment s) throws IOException {
        float top = s.top();
        float bottom = top - s.height();
        if (top < page.bodyTop() - 1) { // the header's rule already closes the top of a page
            painter.rule(Palette.RULE, 0.4f, PageGeometry.MARGIN_X, top, page.width() - PageGeometry.MARGIN_X, top);
        }
        float divider = page.columnX(false) - PageGeometry.COLUMN_GAP / 2;
        painter.rule(Palette.RULE, 0.4f, divider, top, divider, bottom);
        column(painter, s, true);
        column(painter, s, false);
    }

    private void column(TextPainter painter, Placed.Segment s, boolean left) throws IOException {
        List<Cell> cells = left ? s.block().left() : s.block().right();
        shadeGaps(painter, s, cells, left);
        float x = page.columnX(left);
        float textX = page.textX(left);
        for (int i = s.from(); i < s.to(); i++) {
            Cell cell = cells.get(i);
            float lineTop = s.top() - PageGeometry.ROW_PAD - (i - s.from()) * PageGeometry.LEADING;
            float baseline = lineTop - 9;
            String gutter = cell.gutter();
            Tag tag = cell.gutterTag();
            if (i == s.from() && s.continued() && s.block().label(left) != null) {
                gutter = s.block().label(left) + " cont.";
                tag = Tag.CONTINUED;
            }
            if (gutter != null) {
                boolean number = tag == Tag.NUMBER;
                painter.plain(gutter, number ? fonts.bold : fonts.oblique,
                        number ? GUTTER_NUMBER_SIZE : GUTTER_TAG_SIZE, Palette.tag(tag), x, baseline);
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

    /** Shades each run of gap lines as one box, so no seams show between lines. */
    private void shadeGaps(TextPainter painter, Placed.Segment s, List<Cell> cells, boolean left) throws IOException {
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
            // a missing clause shades the whole column; a missing sub-paragraph only the text beside it
            float x = s.block().label(left) == null ? page.columnX(left) : page.textX(left);
            painter.fill(Palette.GAP, x, bottom, page.columnX(left) + page.columnWidth() - x, top - bottom);
            i = j;
        }
    }
}
