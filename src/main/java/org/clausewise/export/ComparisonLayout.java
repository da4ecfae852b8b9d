package org.clausewise.export;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ClauseRow;
import org.clausewise.present.GroupRow;
import org.clausewise.present.Presentation;
import org.clausewise.present.PresentedRow;

/**
 * The whole comparison laid out on pages, before anything is drawn: knowing the page count
 * first is what lets every footer say "n / N". The rows, headings and marks are the
 * presentation's, so the PDF shows what the window shows under the same options.
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

    static ComparisonLayout of(org.clausewise.model.Comparison comparison, PdfOptions options, PdfFonts fonts) {
        return of(Presentation.of(comparison, options.view()), options.pageSize(), fonts);
    }

    static ComparisonLayout of(Presentation presentation, PdfOptions.PageSize pageSize, PdfFonts fonts) {
        return of(presentation, pageSize, fonts, List.of());
    }

    /** {@code notes}: lines the summary adds under its counts (what each amendment instruction did). */
    static ComparisonLayout of(Presentation presentation, PdfOptions.PageSize pageSize, PdfFonts fonts,
            List<String> notes) {
        PageGeometry page = PageGeometry.of(pageSize);
        LineBreaker breaker = new LineBreaker(fonts, PageGeometry.TEXT_SIZE);
        RowComposer composer = new RowComposer(breaker, fonts, page.textWidth(), PageGeometry.SUB_INDENT);
        SummaryBlock summary = new SummaryBlock(presentation, fonts, page.bodyWidth(), notes);
        Paginator paginator = new Paginator(page);
        paginator.summary(summary.height());
        for (Presentation.Group group : presentation.shownGroups()) {
            List<RowBlock> blocks = new ArrayList<>(group.rows().size());
            for (PresentedRow row : group.rows()) {
                blocks.add(composer.compose(row));
            }
            RowBlock first = blocks.isEmpty() ? null : blocks.get(0);
            if (group.heading().hasSides()) {
                paginator.sectionHeading(composer.composeHeading(group.heading()), first);
            } else {
                paginator.heading(heading(group.heading()), first);
            }
            for (RowBlock block : blocks) {
                paginator.row(block);
            }
        }
        return new ComparisonLayout(page, summary, paginator.pages());
    }

    /** "Operative part", or "Operative part (3 of 12 rows with changes)" when only changes are shown. */
    private static String heading(GroupRow group) {
        return group.filtered() ? group.title() + " (" + group.shown() + " of " + group.total() + " rows with changes)"
                : group.title();
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
