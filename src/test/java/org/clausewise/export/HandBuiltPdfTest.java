package org.clausewise.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.clausewise.model.Comparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF of a hand-built draft → adopted 67th-session comparison (clause texts cut from the
 * corpus, spans marked by hand; see {@link HandBuilt}), read back with PDFBox.
 */
class HandBuiltPdfTest {
    @TempDir
    Path dir;

    private Path export(Comparison c, PdfOptions options) throws IOException {
        Path out = dir.resolve("comparison.pdf");
        ComparisonPdf.write(c, out, options);
        return out;
    }

    @Test
    void everyPageHasBothNamesDatesAndItsNumber() throws IOException {
        Path pdf = export(HandBuilt.draftToAdopted(), PdfOptions.defaults());
        try (PdfProbe probe = new PdfProbe(pdf)) {
            assertEquals(2, probe.pages(), "six rows, one of them long, take two A4 pages");
            for (int p = 0; p < probe.pages(); p++) {
                String text = probe.text(p);
                assertTrue(text.contains("Draft (67th session)"), text);
                assertTrue(text.contains("draft of 9 Nov 2012"), text);
                assertTrue(text.contains("A/RES/67/169"), text);
                assertTrue(text.contains("67th session · adopted 20 Dec 2012"), text);
                assertTrue(text.contains("Enhancement of international cooperation in the field of human rights"), text);
                assertTrue(text.contains((p + 1) + " / 2"), "footer page number on page " + (p + 1));
            }
        }
    }

    @Test
    void firstPageSummarisesTheCountsAndExplainsTheMarks() throws IOException {
        Path pdf = export(HandBuilt.draftToAdopted(), PdfOptions.defaults());
        try (PdfProbe probe = new PdfProbe(pdf)) {
            String first = probe.text(0).replaceAll("\\s+", " ");
            assertTrue(first.contains("6 rows compared (2 preambular, 4 operative): 4 unchanged, 2 modified, 0 added, "
                    + "0 removed, 0 moved."), first);
            assertTrue(first.contains("Wording changes: 2 substantive, 0 editorial."), first);
            assertTrue(first.contains("Operative verb changed in 1 clause."), first);
            assertTrue(first.contains("Legend: deleted words inserted words editorial deletion editorial insertion"),
                    first);
            assertFalse(probe.text(1).contains("Summary"), "the summary is on the first page only");
        }
    }

    @Test
    void eachClauseReadsInOrderInItsColumnOnItsPage() throws IOException {
        Comparison c = HandBuilt.draftToAdopted();
        Path pdf = export(c, PdfOptions.defaults());
        ReadingOrder.assertEachClauseOnItsPage(c, PdfOptions.defaults(), pdf);
        try (PdfProbe probe = new PdfProbe(pdf)) {
            assertTrue(probe.text(1).contains("sixty-eighth"), "OP 14 is on page 2");
        }
    }

    @Test
    void footnoteMarkIsDrawnAsASuperscriptAfterItsWord() throws IOException {
        Path pdf = export(HandBuilt.draftToAdopted(), PdfOptions.defaults());
        try (PdfProbe probe = new PdfProbe(pdf)) {
            assertTrue(probe.text(0).contains("25 June 1993\u00B9 for enhancing"), probe.text(0));
        }
    }

    @Test
    void documentInformationAndEmbeddedUnicodeFont() throws IOException {
        Path pdf = export(HandBuilt.draftToAdopted(), PdfOptions.defaults());
        try (PdfProbe probe = new PdfProbe(pdf)) {
            PDDocumentInformation info = probe.doc.getDocumentInformation();
            assertEquals("Draft (67th session) compared with A/RES/67/169", info.getTitle());
            assertTrue(info.getSubject().contains("Enhancement of international cooperation"), info.getSubject());
            assertEquals("Clausewise", info.getProducer());
            PDPage page = probe.doc.getPage(0);
            assertEquals(841.89f, page.getMediaBox().getWidth(), 0.1f, "A4 landscape");
            assertEquals(595.28f, page.getMediaBox().getHeight(), 0.1f);
            int fonts = 0;
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font instanceof PDType0Font, font.getName());
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertNotNull(font.getFontDescriptor().getFontFile2(), "TrueType subset embedded");
                fonts++;
            }
            assertEquals(3, fonts, "regular, bold and oblique");
        }
    }

    @Test
    void noLigatureGlyphsSoSearchingForFieldFindsIt() throws IOException {
        Path pdf = export(HandBuilt.draftToAdopted(), PdfOptions.defaults());
        try (PdfProbe probe = new PdfProbe(pdf)) {
            for (int p = 0; p < probe.pages(); p++) {
                for (var glyph : probe.glyphs(p)) {
                    String u = glyph.getUnicode();
                    assertFalse(u.chars().anyMatch(ch -> ch >= 0xFB00 && ch <= 0xFB06), "ligature glyph " + u);
                }
            }
            assertTrue(probe.text(0).contains("in the field of human rights"));
        }
    }

    @Test
    void letterOptionGivesLandscapeLetterPages() throws IOException {
        Path pdf = export(HandBuilt.draftToAdopted(), new PdfOptions(PdfOptions.PageSize.LETTER, true, false));
        try (PdfProbe probe = new PdfProbe(pdf)) {
            assertEquals(792f, probe.doc.getPage(0).getMediaBox().getWidth(), 0.1f);
            assertEquals(612f, probe.doc.getPage(0).getMediaBox().getHeight(), 0.1f);
        }
    }

    @Test
    void onlyChangesLeavesUnchangedClausesOut() throws IOException {
        Comparison c = HandBuilt.draftToAdopted();
        PdfOptions options = new PdfOptions(PdfOptions.PageSize.A4, true, true);
        Path pdf = export(c, options);
        try (PdfProbe probe = new PdfProbe(pdf)) {
            assertEquals(1, probe.pages());
            String text = probe.text(0);
            assertTrue(text.contains("held in Durban"), text);
            assertTrue(text.contains("Recalls the initiative"), text);
            assertFalse(text.contains("Urges all actors"), "OP 4 is unchanged");
            assertFalse(text.contains("sixty-eighth"), "OP 14 is unchanged");
            assertTrue(text.contains("Operative part (1 of 4 rows with changes)"), text);
            assertTrue(text.contains("Unchanged clauses are left out."), text);
        }
        ReadingOrder.assertEachClauseOnItsPage(c, options, pdf);
    }
}
