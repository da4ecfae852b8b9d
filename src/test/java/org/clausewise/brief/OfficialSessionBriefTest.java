package org.clausewise.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.TextIndex;
import org.clausewise.export.SessionBriefPdf;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.lineage.TextComparer;
import org.clausewise.present.BriefLine;
import org.clausewise.present.SessionBrief;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brief of the 79th session from the 659 official resolutions ({@code ../shared/pdf}, skipped
 * without it). Only symbols and counts are asserted, checked by hand against the two texts.
 * Shares the index of {@code OfficialSeriesTest}, so the PDFs are parsed once per build.
 */
class OfficialSessionBriefTest {
    private static final Path PDF = Path.of("..", "shared", "pdf");
    private static SessionBrief brief;

    @BeforeAll
    static void build() {
        assumeTrue(Files.isDirectory(PDF.resolve("78")) && Files.isDirectory(PDF.resolve("79")),
                "../shared/pdf is not beside the project");
        assumeTrue(ResolutionFiles.isCandidate(PDF.resolve("78").resolve("A_RES_78_1.pdf")), "PDF reading not available");
        TextIndex index = TextIndex.open(Path.of("target", "test-cache", "official-series"));
        Corpus corpus = CorpusLoader.withIndex(index).load(List.of(PDF.resolve("78"), PDF.resolve("79")));
        brief = new SessionBriefBuilder(TextComparer.engine()).build(corpus, 79, BriefProgress.NONE);
    }

    @Test
    void everyResolutionOfThe79thSessionHasItsLineInOrder() {
        assertEquals(331, brief.lines().size());
        assertEquals(List.of(), brief.skipped());
        assertEquals("A/RES/79/1", brief.lines().get(0).symbol());
        assertTrue(brief.withPrevious() > 150 && brief.withPrevious() < 250, brief.withPrevious() + " with previous");
    }

    @Test
    void countsMatchWhatAReaderFindsInTheTwoTexts() {
        // the scale of assessments: two session ordinals moved on, one Member State no longer listed twice
        assertCounts("A/RES/79/3", "A/RES/78/2", 0, 3, 0);
        // confidence-building measures: the 77/.. date clause and the two session ordinals
        assertCounts("A/RES/79/27", "A/RES/78/38", 0, 3, 0);
        assertTrue(line("A/RES/79/1").changes().isEmpty() && !line("A/RES/79/1").hasPrevious(), "the Pact is new");
    }

    @Test
    void thePdfHasABookmarkPerResolutionAndManyPages(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("brief-79.pdf");
        SessionBriefPdf.write(brief, out, List.of());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertTrue(doc.getNumberOfPages() > 50, doc.getNumberOfPages() + " pages");
            int bookmarks = 0;
            for (PDOutlineItem ignored : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks++;
            }
            assertEquals(331 + 1, bookmarks, "contents + one per resolution");
        }
    }

    private static void assertCounts(String symbol, String previous, int added, int changed, int dropped) {
        BriefLine l = line(symbol);
        assertEquals(previous, l.previousSymbol(), symbol);
        assertEquals(List.of(added, changed, dropped), List.of(l.added(), l.changed(), l.dropped()), symbol);
    }

    private static BriefLine line(String symbol) {
        return brief.lines().stream().filter(l -> l.symbol().equals(symbol)).findFirst().orElseThrow();
    }
}
