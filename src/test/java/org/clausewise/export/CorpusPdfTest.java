package org.clausewise.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.ChangeSummary;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs of real comparisons of the bundled corpus (parser and compare engine included), read
 * back as a reader would: clause text in order on its page, the header on every page, the
 * summary's counts, and the colours of changed words.
 */
class CorpusPdfTest {
    private static final float DPI = 144;

    @TempDir
    Path dir;

    private static Comparison compare(String left, String right) throws InputException {
        return new ResolutionComparer().compare(ResolutionFiles.read(Path.of("corpus", left)),
                ResolutionFiles.read(Path.of("corpus", right)));
    }

    private Path export(Comparison c) throws IOException {
        Path pdf = dir.resolve("comparison.pdf");
        ComparisonPdf.write(c, pdf, PdfOptions.defaults());
        return pdf;
    }

    private static ComparisonLayout layout(Comparison c) throws IOException {
        try (PDDocument scratch = new PDDocument()) {
            return ComparisonLayout.of(c, PdfOptions.defaults(), new PdfFonts(scratch));
        }
    }

    @Test
    void sixtyFirstToSixtyNinthReadsClauseByClauseUnderItsHeader() throws Exception {
        Comparison c = compare("A-RES-61-168.txt", "A-RES-69-179.txt");
        Path pdf = export(c);
        ReadingOrder.assertEachClauseOnItsPage(c, PdfOptions.defaults(), pdf);
        try (PdfProbe probe = new PdfProbe(pdf)) {
            assertEquals(layout(c).pageCount(), probe.pages());
            assertTrue(probe.pages() >= 3, "24 rows of two real texts");
            for (int p = 0; p < probe.pages(); p++) {
                String text = probe.text(p);
                assertTrue(text.contains("A/RES/61/168 61st session · adopted 19 Dec 2006"), text);
                assertTrue(text.contains("A/RES/69/179 69th session · adopted 18 Dec 2014"), text);
                assertTrue(text.contains("Enhancement of international cooperation in the field of human rights"));
                assertTrue(text.contains((p + 1) + " / " + probe.pages()), "page number on page " + (p + 1));
            }
            String first = probe.text(0).replaceAll("\\s+", " ");
            ChangeSummary s = c.summary();
            assertTrue(first.contains(c.allRows().size() + " rows compared (" + c.preamble().size() + " preambular, "
                    + c.operative().size() + " operative): " + s.unchanged() + " unchanged, " + s.modified()
                    + " modified, " + s.added() + " added, " + s.removed() + " removed, " + s.moved() + " moved."), first);
            assertTrue(first.contains("Wording changes: " + s.substantive() + " substantive, " + s.editorial()
                    + " editorial."), first);

            // 69/179 brought in OP 13, recalling the 2013 seminar: shown as added, beside a shaded gap
            ClauseRow op13 = c.operative().stream()
                    .filter(r -> r.right() != null && r.right().number() == 13).findFirst().orElseThrow();
            int page = layout(c).pageOf(op13);
            String right = probe.columnText(page, layout(c).page, false).replaceAll("\\s+", " ");
            assertTrue(right.contains("OP 13 Recalls the seminar on the enhancement of international cooperation"
                    + " added"), right);

            // the session in the last clause changed: sixty-second struck in red, seventieth in green
            int last = probe.pages() - 1;
            BufferedImage image = probe.render(last, DPI);
            List<Rectangle2D> old = probe.find(last, "sixty-second");
            List<Rectangle2D> now = probe.find(last, "seventieth");
            assertEquals(1, old.size());
            assertEquals(1, now.size());
            assertTrue(Pixels.share(image, old.get(0), DPI, Pixels::red) > 0.5, "sixty-second in red");
            assertTrue(Pixels.share(image, now.get(0), DPI, Pixels::green) > 0.5, "seventieth in green");
        }
    }

    @Test
    void draftToAdoptedDrawsTheNewVerbRecallsInTheInsertionColour() throws Exception {
        Comparison c = compare("A-67-draft-Third-Committee.txt", "A-RES-67-169.txt");
        Path pdf = export(c);
        ReadingOrder.assertEachClauseOnItsPage(c, PdfOptions.defaults(), pdf);
        ClauseRow op12 = c.operative().stream()
                .filter(r -> r.right() != null && r.right().number() == 12).findFirst().orElseThrow();
        assertTrue(op12.verbChanged(), "Welcomes → Recalls");
        int page = layout(c).pageOf(op12);
        try (PdfProbe probe = new PdfProbe(pdf)) {
            for (int p = 0; p < probe.pages(); p++) {
                String text = probe.text(p);
                assertTrue(text.contains("Draft (67th session) draft of 9 Nov 2012"), text);
                assertTrue(text.contains("A/RES/67/169 67th session · adopted 20 Dec 2012"), text);
            }
            assertTrue(probe.text(0).contains("Operative verb changed in 1 clause."));
            BufferedImage image = probe.render(page, DPI);
            List<Rectangle2D> recalls = probe.find(page, "Recalls");
            assertEquals(1, recalls.size(), "OP 12 of the adopted text, on page " + (page + 1));
            assertTrue(recalls.get(0).getMinX() > layout(c).page.columnX(false), "in the right column");
            assertTrue(Pixels.share(image, recalls.get(0), DPI, Pixels::green) > 0.6, "Recalls in green");
            List<Rectangle2D> welcomes = probe.find(page, "Welcomes");
            assertEquals(1, welcomes.size());
            assertTrue(Pixels.share(image, welcomes.get(0), DPI, Pixels::red) > 0.6, "Welcomes in red");
        }
    }
}
