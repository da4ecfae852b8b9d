package org.clausewise.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.compare.MadeUpTriple;
import org.clausewise.compare.ThreeWayComparer;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;
import org.clausewise.present.Column;
import org.clausewise.present.ThreeWayPresentation;
import org.clausewise.present.ThreeWayPresentedRow;
import org.clausewise.present.ViewOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The negotiation PDF: three columns, the stories in words, header, page numbers, the presentation's rows. */
class ThreeWayPdfTest {
    private static final ThreeWayComparison CORPUS = new ThreeWayComparer().compare(read("A-RES-65-218.txt"),
            read("A-67-draft-Third-Committee.txt"), read("A-RES-67-169.txt"));

    @Test
    void everyPageHasTheThreeTextsAndItsNumber(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("n.pdf");
        ThreeWayPdf.write(CORPUS, out, PdfOptions.defaults());
        try (PdfProbe pdf = new PdfProbe(out)) {
            assertTrue(pdf.pages() >= 3);
            for (int p = 0; p < pdf.pages(); p++) {
                String text = pdf.text(p);
                assertTrue(text.contains((p + 1) + " / " + pdf.pages()), "page number on page " + (p + 1));
                assertTrue(text.contains("A/RES/65/218") && text.contains("Draft (67th session)")
                        && text.contains("A/RES/67/169"), "the three texts in the header");
                assertTrue(text.contains("LAST SESSION'S RESOLUTION") && text.contains("ADOPTED TEXT"));
            }
            assertTrue(pdf.text(0).contains("17 carried over unchanged, 3 changed from last year"));
            assertTrue(pdf.doc.getPage(0).getMediaBox().getWidth() > pdf.doc.getPage(0).getMediaBox().getHeight(),
                    "landscape");
        }
    }

    /** The story column says what the window's badge and change list say, row by row. */
    @Test
    void theStoryColumnIsThePresentationsDescription() throws IOException {
        for (ViewOptions options : List.of(ViewOptions.ALL, new ViewOptions(true, false))) {
            for (ThreeWayComparison c : List.of(CORPUS, MadeUpTriple.comparison())) {
                ThreeWayPresentation p = ThreeWayPresentation.of(c, options);
                try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
                    ThreeWayLayout layout = ThreeWayLayout.of(p, PdfOptions.PageSize.A4, new PdfFonts(doc));
                    List<ThreeWayPresentedRow> drawn = new ArrayList<>();
                    for (List<Placed> page : layout.pages) {
                        for (Placed item : page) {
                            if (item instanceof Placed.ThreeWaySegment s && !s.continued()) {
                                drawn.add(s.block().row());
                                assertEquals(s.block().row().description().replace(" ", "").replace(",", ""),
                                        storyWords(s.block()).replace(" ", ""));
                            }
                        }
                    }
                    assertEquals(p.clauseRows(), drawn);
                }
            }
        }
    }

    /** Every story of the made-up triple is written out in words, and each gap where a text lacks the clause. */
    @Test
    void everyStoryReadsInWords(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("m.pdf");
        ThreeWayPdf.write(MadeUpTriple.comparison(), out, PdfOptions.defaults());
        try (PdfProbe pdf = new PdfProbe(out)) {
            StringBuilder all = new StringBuilder();
            for (int p = 0; p < pdf.pages(); p++) {
                all.append(pdf.text(p));
            }
            String text = all.toString().replace("\n", " ");
            for (String story : List.of("carried over", "changed from last", "dropped in", "restored", "new this",
                    "not carried", "added in", "changed in", "back to last")) {
                assertTrue(text.contains(story), story);
            }
        }
        ThreeWayPresentation p = ThreeWayPresentation.of(MadeUpTriple.comparison(), ViewOptions.ALL);
        ThreeWayPresentedRow restored = p.groups().get(1).rows().get(1);
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            ThreeWayLayout layout = ThreeWayLayout.of(p, PdfOptions.PageSize.A4, new PdfFonts(doc));
            for (Placed item : layout.pages.get(0)) {
                if (item instanceof Placed.ThreeWaySegment s && s.block().row() == restored) {
                    assertTrue(s.block().cells(Column.DRAFT).stream().allMatch(Cell::gap));
                    assertFalse(s.block().cells(Column.ADOPTED).stream().anyMatch(Cell::gap));
                }
            }
        }
    }

    /** An annex paragraph's number ("Annex II PP 4") is wider than the gutter: it takes lines, never the text's room. */
    @Test
    void longClauseNumbersStayInTheirGutter() throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            assertEquals(List.of("OP 12"), ThreeWayRowComposer.numberLines(fonts, "OP 12"));
            assertEquals(List.of("Annex", "PP 4"), ThreeWayRowComposer.numberLines(fonts, "Annex PP 4"));
            assertEquals(List.of("Annex", "art. 15"), ThreeWayRowComposer.numberLines(fonts, "Annex art. 15"));
            List<String> annex = ThreeWayRowComposer.numberLines(fonts, "Annex II PP 14");
            assertEquals("PP 14", annex.get(annex.size() - 1));
            assertEquals("Annex II PP 14", String.join(" ", annex));
            for (String label : List.of("OP 123", "Annex PP 4", "Annex II PP 14", "Annex II rule 17")) {
                for (String line : ThreeWayRowComposer.numberLines(fonts, label)) {
                    float width = fonts.width(fonts.bold, line, ThreeWayGeometry.NUMBER_SIZE);
                    assertTrue(width <= ThreeWayGeometry.NUMBER - ThreeWayGeometry.NUMBER_PAD, line + ": " + width);
                }
            }
        }
    }

    @Test
    void aFailedWriteLeavesNothing(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("missing/n.pdf");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ThreeWayPdf.write(CORPUS, out, PdfOptions.defaults()));
        assertEquals(1, e.getMessage().lines().count());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    private static String storyWords(ThreeWayBlock block) {
        List<String> words = new ArrayList<>();
        block.story().stream().filter(c -> c.gutter() != null).forEach(c -> words.add(c.gutter()));
        return String.join(" ", words);
    }

    private static Resolution read(String file) {
        try {
            return ResolutionFiles.read(Path.of("corpus", file));
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }
}
