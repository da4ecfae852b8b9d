package org.clausewise.export;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.SubParagraph;

/**
 * Checks what a reader checks: down the left column the left text's clauses read in row order,
 * every word in place, and each clause begins on the page the layout put it on; the same for
 * the right column.
 */
final class ReadingOrder {
    private ReadingOrder() {
    }

    static void assertEachClauseOnItsPage(Comparison comparison, PdfOptions options, Path pdf) throws IOException {
        ComparisonLayout layout;
        try (PDDocument scratch = new PDDocument()) {
            layout = ComparisonLayout.of(comparison, options, new PdfFonts(scratch));
        }
        try (PdfProbe probe = new PdfProbe(pdf)) {
            for (boolean left : new boolean[] {true, false}) {
                List<String> words = new ArrayList<>();
                List<Integer> pageStarts = new ArrayList<>();
                for (int p = 0; p < probe.pages(); p++) {
                    pageStarts.add(words.size());
                    words.addAll(PdfProbe.words(probe.columnText(p, layout.page, left)));
                }
                pageStarts.add(words.size());
                int cursor = 0;
                for (ClauseRow row : comparison.allRows()) {
                    Clause clause = left ? row.left() : row.right();
                    int page = layout.pageOf(row);
                    if (clause == null || page < 0) {
                        continue;
                    }
                    PdfProbe.Match m = PdfProbe.match(words, PdfProbe.words(fullText(clause)), cursor);
                    String where = (left ? "left " : "right ") + clause.label();
                    assertNotNull(m, where + " does not read in order in its column: " + clause.text());
                    assertTrue(m.start() >= pageStarts.get(page) && m.start() < pageStarts.get(page + 1),
                            where + " should begin on page " + (page + 1));
                    cursor = m.end();
                }
            }
        }
    }

    /** Lead-in, then each sub-paragraph as drawn: "(a)" and its text. */
    static String fullText(Clause clause) {
        StringBuilder sb = new StringBuilder(clause.text());
        for (SubParagraph sub : clause.subparagraphs()) {
            sb.append(" (").append(sub.label()).append(") ").append(sub.text());
        }
        return sb.toString();
    }
}
