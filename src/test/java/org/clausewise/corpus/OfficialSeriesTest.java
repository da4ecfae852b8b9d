package org.clausewise.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clausewise.ingest.ResolutionFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 659 official resolutions of sessions 78 and 79 ({@code ../shared/pdf}, skipped without it)
 * grouped into series as a careful reader would: never two resolutions of one session in a series,
 * known recurring resolutions followed from the 78th to the 79th session, and series that cite each
 * other kept apart. Only symbols are asserted. Texts are read through an index in target/, so a
 * second run of the suite does not parse the PDFs again.
 */
class OfficialSeriesTest {
    private static final Path PDF = Path.of("..", "shared", "pdf");
    private static Corpus corpus;

    @BeforeAll
    static void load() {
        assumeTrue(Files.isDirectory(PDF.resolve("78")) && Files.isDirectory(PDF.resolve("79")),
                "../shared/pdf is not beside the project");
        assumeTrue(ResolutionFiles.isCandidate(PDF.resolve("78").resolve("A_RES_78_1.pdf")), "PDF reading not available");
        TextIndex index = TextIndex.open(Path.of("target", "test-cache", "official-series"));
        corpus = CorpusLoader.withIndex(index).load(List.of(PDF.resolve("78"), PDF.resolve("79")));
    }

    @Test
    void everyTextIsReadAndGrouped() {
        assertEquals(List.of(), corpus.failures());
        assertEquals(659, corpus.entries().size());
        assertEquals(659, corpus.series().stream().mapToInt(Series::size).sum());
    }

    @Test
    void noSeriesHoldsTwoResolutionsOfOneSession() {
        for (Series s : corpus.series()) {
            Map<Integer, Long> perSession = s.timeline().stream().filter(e -> e.summary().isAdopted())
                    .collect(Collectors.groupingBy(e -> e.summary().session(), Collectors.counting()));
            perSession.forEach((session, n) -> assertEquals(1L, n, s.title() + " has " + n + " texts of session " + session));
        }
    }

    @Test
    void recurringResolutionsAreFollowedFromThe78thToThe79thSession() {
        assertSameSeries("A/RES/78/199", "A/RES/79/166");
        assertSameSeries("A/RES/78/118", "A/RES/79/138");
        assertSameSeries("A/RES/78/190", "A/RES/79/160");
        assertSameSeries("A/RES/78/234", "A/RES/79/161");
        // a renamed series: cited by number, same wording
        assertSameSeries("A/RES/78/212", "A/RES/79/174");
        // a yearly title: "… for 2024" of the 78th, "… for 2025" of the 79th
        assertSameSeries("A/RES/78/256", "A/RES/79/261");
    }

    @Test
    void seriesThatCiteEachOtherStayApart() {
        assertNotEquals(series("A/RES/78/190"), series("A/RES/78/234"));
        assertNotEquals(series("A/RES/78/190"), series("A/RES/78/323"));
        assertNotEquals(series("A/RES/78/234"), series("A/RES/78/323"));
    }

    @Test
    void fewSeriesAreRenamedAndEachRenamingIsACitationOfTheSessionBefore() {
        List<TitleChange> changes = corpus.titleChanges();
        assertTrue(changes.size() >= 2 && changes.size() <= 10, changes.size() + " renamings");
        for (TitleChange c : changes) {
            assertEquals(78, c.previous().summary().session());
            assertEquals(79, c.renamed().summary().session());
            assertTrue(c.renamed().summary().cites(c.previous().summary().number()));
        }
    }

    @Test
    void mostRecurringResolutionsSpanBothSessions() {
        long over = corpus.series().stream().filter(s -> s.sessions().size() == 2).count();
        assertTrue(over > 150, over + " series over both sessions");
        Map<String, Integer> titles = new HashMap<>();
        corpus.series().forEach(s -> titles.merge(s.title(), 1, Integer::sum));
        assertTrue(titles.keySet().stream().noneMatch(TitleKey::isJunk), "no series is titled by a misread title");
    }

    private static void assertSameSeries(String a, String b) {
        assertEquals(series(a), series(b), a + " and " + b);
    }

    private static Series series(String symbol) {
        CorpusEntry e = corpus.findBySymbol(symbol).orElseThrow(() -> new AssertionError(symbol + " not read"));
        return corpus.seriesOf(e).orElseThrow();
    }
}
