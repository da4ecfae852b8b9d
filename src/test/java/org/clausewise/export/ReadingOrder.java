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
        assertPiecesFitAndKeepTheirNotes(layout);
        try (PdfProbe probe = new PdfProbe(pdf)) {
            assertContinuedRowsAreLabelled(layout, probe);
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

    /**
     * Every piece of a row lies between header and footer, and a row never breaks between its
     * number and the notes under it ("moved from" / "OP 3", "verb changed").
     */
    static void assertPiecesFitAndKeepTheirNotes(ComparisonLayout layout) {
        for (List<Placed> page : layout.pages) {
            for (Placed p : page) {
                if (p instanceof Placed.Segment) {
                    Placed.Segment s = (Placed.Segment) p;
                    String what = s.block().label(s.block().row().left() != null) + " lines " + s.from() + "-" + s.to();
                    assertTrue(s.top() <= layout.page.bodyTop() && s.top() - s.height() >= layout.page.bodyBottom(),
                            what + " stays between header and footer");
                    assertTrue(!s.continued() || s.from() >= s.block().headLines(),
                            what + " breaks inside the clause number's notes");
                }
            }
        }
    }

    /** A row going on at the top of a page repeats its clause numbers, "OP 9 cont.", in each column that has it. */
    static void assertContinuedRowsAreLabelled(ComparisonLayout layout, PdfProbe probe) throws IOException {
        for (int p = 0; p < layout.pageCount(); p++) {
            for (Placed item : layout.pages.get(p)) {
                if (item instanceof Placed.Segment && ((Placed.Segment) item).continued()) {
                    RowBlock block = ((Placed.Segment) item).block();
                    for (boolean left : new boolean[] {true, false}) {
                        if (block.label(left) != null) {
                            String column = probe.columnText(p, layout.page, left);
                            assertTrue(column.contains(block.label(left) + " cont."),
                                    block.label(left) + " cont. on page " + (p + 1) + ": " + column);
                        }
                    }
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
