package org.clausewise.export;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.present.ThreeWayPresentation;
import org.clausewise.present.ThreeWayPresentedRow;

/**
 * The negotiation PDF laid out on pages before anything is drawn (so every footer can say "n / N"),
 * with the paginator of the two-column PDF and the presentation's rows, headings and marks.
 */
final class ThreeWayLayout {
    final ThreeWayGeometry columns;
    final ThreeWaySummaryBlock summary;
    final List<List<Placed>> pages;

    private ThreeWayLayout(ThreeWayGeometry columns, ThreeWaySummaryBlock summary, List<List<Placed>> pages) {
        this.columns = columns;
        this.summary = summary;
        this.pages = pages;
    }

    static ThreeWayLayout of(ThreeWayPresentation presentation, PdfOptions.PageSize pageSize, PdfFonts fonts) {
        PageGeometry page = PageGeometry.of(pageSize);
        ThreeWayGeometry columns = new ThreeWayGeometry(page);
        LineBreaker breaker = new LineBreaker(fonts, PageGeometry.TEXT_SIZE);
        ThreeWayRowComposer composer = new ThreeWayRowComposer(breaker,
                new RowComposer(breaker, fonts, columns.textWidth(), PageGeometry.SUB_INDENT), columns, fonts);
        ThreeWaySummaryBlock summary = new ThreeWaySummaryBlock(presentation, fonts, page.bodyWidth());
        Paginator paginator = new Paginator(page);
        paginator.summary(summary.height());
        for (ThreeWayPresentation.Group group : presentation.groups()) {
            if (group.rows().isEmpty()) {
                continue;
            }
            List<ThreeWayBlock> blocks = new ArrayList<>(group.rows().size());
            for (ThreeWayPresentedRow row : group.rows()) {
                blocks.add(composer.compose(row));
            }
            String title = group.heading().filtered() ? group.heading().title() + " (" + group.heading().shown()
                    + " of " + group.heading().total() + " clauses with a story to tell)" : group.heading().title();
            paginator.heading(title, blocks.get(0).lines(), blocks.get(0).headLines());
            for (ThreeWayBlock block : blocks) {
                for (String section : block.row().headings()) {
                    paginator.heading(section, block.lines(), block.headLines());
                }
                paginator.row(block.lines(), block.headLines(),
                        (from, to, top) -> new Placed.ThreeWaySegment(block, from, to, top, from > 0));
            }
        }
        return new ThreeWayLayout(columns, summary, paginator.pages());
    }

    int pageCount() {
        return pages.size();
    }
}
