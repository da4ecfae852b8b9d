package org.clausewise.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausewise.present.MadeUpPair;
import org.clausewise.present.Run;
import org.clausewise.present.ViewOptions;
import org.junit.jupiter.api.Test;

/**
 * Regression: a clause whose sub-paragraphs were only reordered was left out of a PDF of "only
 * changes, editorial hidden" while the screen showed it. Now it is there, its moved sub-paragraphs
 * carry the moved sign, its gutter says so, and the legend explains the sign.
 */
class MovedSubparagraphsPdfTest {
    @Test
    void reorderedSubparagraphsAreInThePdfWithTheirSign() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screens"));
        Path pdf = dir.resolve("made-up-pair-only-changes.pdf");
        ComparisonPdf.write(MadeUpPair.comparison(), pdf,
                PdfOptions.of(PdfOptions.PageSize.A4, new ViewOptions(true, false)));
        try (PdfProbe probe = new PdfProbe(pdf)) {
            String right = probe.columnText(0, PageGeometry.of(PdfOptions.PageSize.A4), false).replaceAll("\\s+", " ");
            assertTrue(right.contains("OP 4"), right);
            assertTrue(right.matches(".*\\(a\\) " + Run.MOVED_SIGN + " to publish a calendar.*"), right);
            assertTrue(right.matches(".*OP 4 .{0,60}reordered.*"), "the gutter says the sub-paragraphs moved: " + right);
            String page = probe.text(0);
            assertTrue(page.contains("= sub-paragraph moved within its clause"), page);
            assertTrue(page.contains("Operative part (4 of 5 rows with changes)"), page);
            assertTrue(!page.contains("Preamble"), "no preamble heading: its only change is editorial, hidden");
        }
    }
}
