package org.clausewise.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import java.util.List;
import org.clausewise.model.Comparison;
import org.clausewise.model.Dates;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.Sessions;

/**
 * Draws one laid-out page: the header (title, both symbols with session and date), the rows,
 * and the footer with "n / N". Each row is drawn left column first, then right column, so that
 * selecting or extracting the text reads one clause at a time.
 */
final class PageRenderer implements PdfDocuments.Drawing {
    static final float GUTTER_NUMBER_SIZE = 8.5f;
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
            } else if (item instanceof Placed.SectionHeading) {
                sectionHeading(painter, (Placed.SectionHeading) item);
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
            sb.append(draft ? what + " of " : "adopted ").append(Dates.format(r.date()));
        }
        return sb.toString();
    }

    private void heading(TextPainter painter, Placed.Heading h) throws IOException {
        painter.plain(h.text(), fonts.bold, 10.5f, Palette.INK, PageGeometry.MARGIN_X, h.top() - 15);
    }

    /** A section's heading: a rule over both columns, each side's words, a gap shaded where a side has none. */
    private void sectionHeading(TextPainter painter, Placed.SectionHeading h) throws IOException {
        float top = h.top() - HeadingBlock.SPACE_ABOVE;
        float bottom = h.top() - h.height();
        painter.rule(Palette.INK, 0.8f, PageGeometry.MARGIN_X, top, page.width() - PageGeometry.MARGIN_X, top);
        for (boolean left : new boolean[] {true, false}) {
            HeadingBlock b = h.block();
            if (!b.group().has(left ? org.clausewise.present.Side.LEFT : org.clausewise.present.Side.RIGHT)) {
                painter.fill(Palette.GAP, page.columnX(left), bottom, page.columnWidth(), top - bottom);
            }
            List<Cell> cells = left ? b.left() : b.right();
            for (int i = 0; i < cells.size(); i++) {
                float baseline = top - PageGeometry.ROW_PAD - i * PageGeometry.LEADING - 9;
                cell(painter, cells.get(i), left, baseline, cells.get(i).gutter(), cells.get(i).gutterTag());
            }
        }
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
        for (int i = s.from(); i < s.to(); i++) {
            Cell cell = cells.get(i);
            float lineTop = s.top() - PageGeometry.ROW_PAD - (i - s.from()) * PageGeometry.LEADING;
            String gutter = cell.gutter();
            Tag tag = cell.gutterTag();
            if (s.continued() && s.block().label(left) != null && i < s.from() + 2) {
                String label = s.block().label(left);
                boolean fits = fonts.width(fonts.oblique, fonts.printable(fonts.oblique, label + " cont."),
                        GUTTER_TAG_SIZE) <= PageGeometry.GUTTER - 4;
                boolean twoLines = !fits && s.to() - s.from() >= 2;
                if (i == s.from()) {
                    gutter = fits || !twoLines ? label + " cont." : label; // "Annex II ¶ 3" over "cont."
                    tag = Tag.CONTINUED;
                } else if (twoLines) {
                    gutter = "cont.";
                    tag = Tag.CONTINUED;
                }
            }
            cell(painter, cell, left, lineTop - 9, gutter, tag);
        }
    }

    /** One line of a column: the gutter word, a sub-paragraph's "(a)" and the text. */
    private void cell(TextPainter painter, Cell cell, boolean left, float baseline, String gutter, Tag tag)
            throws IOException {
        float textX = page.textX(left);
        if (gutter != null) {
            boolean number = tag == Tag.NUMBER;
            painter.plain(gutter, number ? fonts.bold : fonts.oblique,
                    number ? GUTTER_NUMBER_SIZE : GUTTER_TAG_SIZE, Palette.tag(tag), page.columnX(left), baseline);
        }
        if (cell.prefix() != null) {
            painter.plain(cell.prefix(), fonts.regular, PageGeometry.TEXT_SIZE, Palette.INK,
                    textX + cell.indent() - 2 * PageGeometry.SUB_INDENT, baseline);
        }
        if (cell.text() != null) {
            painter.line(cell.text(), textX + cell.indent(), baseline, PageGeometry.TEXT_SIZE);
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
