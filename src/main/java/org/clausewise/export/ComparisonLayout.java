package org.clausewise.export;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Part;

/**
 * The whole comparison laid out on pages, before anything is drawn: knowing the page count
 * first is what lets every footer say "n / N".
 */
final class ComparisonLayout {
    final PageGeometry page;
    final SummaryBlock summary;
    final List<List<Placed>> pages;

    private ComparisonLayout(PageGeometry page, SummaryBlock summary, List<List<Placed>> pages) {
        this.page = page;
        this.summary = summary;
        this.pages = pages;
    }

    static ComparisonLayout of(Comparison comparison, PdfOptions options, PdfFonts fonts) {
        PageGeometry page = PageGeometry.of(options.pageSize());
        LineBreaker breaker = new LineBreaker(fonts, PageGeometry.TEXT_SIZE);
        RowComposer composer = new RowComposer(breaker, page.textWidth(), PageGeometry.SUB_INDENT,
                options.showEditorial());
        SummaryBlock summary = new SummaryBlock(comparison, options, fonts, page.bodyWidth());
        Paginator paginator = new Paginator(page);
        paginator.summary(summary.height());
        for (Part part : Part.values()) {
            List<RowBlock> blocks = new ArrayList<>();
            for (ClauseRow row : comparison.rows(part)) {
                if (!options.onlyChanges() || RowComposer.visibleKind(row, options.showEditorial()) != ChangeKind.UNCHANGED) {
                    blocks.add(composer.compose(row));
                }
            }
            if (blocks.isEmpty()) {
                continue;
            }
            paginator.heading(heading(part, blocks.size(), comparison.rows(part).size()), blocks.get(0));
            for (RowBlock block : blocks) {
                paginator.row(block);
            }
        }
        return new ComparisonLayout(page, summary, paginator.pages());
    }

    private static String heading(Part part, int shown, int total) {
        String name = part == Part.PREAMBLE ? "Preambular paragraphs" : "Operative paragraphs";
        return shown == total ? name : name + " (" + shown + " of " + total + " rows with changes)";
    }

    int pageCount() {
        return pages.size();
    }

    /** 0-based page where a row begins, or -1 when it is not shown. */
    int pageOf(ClauseRow row) {
        for (int p = 0; p < pages.size(); p++) {
            for (Placed placed : pages.get(p)) {
                if (placed instanceof Placed.Segment && ((Placed.Segment) placed).block().row() == row) {
                    return p;
                }
            }
        }
        return -1;
    }
}
