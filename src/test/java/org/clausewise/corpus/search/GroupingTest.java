package org.clausewise.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.clausewise.model.ChangeClass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Results grouped by series and session, "first agreed in", and the wording's evolution, on a
 * made-up library: series "w" carries the phrase from its 61st-session draft on, drops it at the
 * 65th, brings it back changed at the 67th; series "g" has it once, in the 63rd.
 */
class GroupingTest {
    private static final String PHRASE = "full and effective participation of widgets";
    private static SearchIndex index;

    @BeforeAll
    static void build() throws IOException {
        index = SearchIndex.inMemory();
        index.sync(List.of(
                MadeUpTexts.draft("w", 61, "Recalls its earlier texts,", "Calls for the full and effective participation of widgets in all fora;"),
                MadeUpTexts.adopted("w", 61, 10, "Recalls its earlier texts,", "Calls for the full and effective participation of widgets in all fora;"),
                MadeUpTexts.adopted("w", 63, 20, "Calls for the full and effective participation of widgets in all fora;"),
                MadeUpTexts.adopted("w", 65, 30, "Calls for the participation of widgets;"),
                MadeUpTexts.adopted("w", 67, 40, "Recalls its earlier texts,",
                        "Demands the full and effective participation of widgets in all fora and councils;"),
                MadeUpTexts.adopted("w", 69, 50, "Demands the full and effective participation of Widgets in all fora and councils;"),
                MadeUpTexts.adopted("g", 63, 70, "Stresses the full and effective participation of widgets,"),
                MadeUpTexts.draft("early", 59, "Proposes the full and effective participation of widgets."),
                MadeUpTexts.adopted("none", 60, 1, "Notes gadgets.")));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void countsFirstAgreedAndSessions() throws IOException {
        SearchResult r = index.searcher().search(PHRASE, SearchMode.NEAR, 10);
        assertEquals(7, r.clauses());
        assertEquals(7, r.texts());
        assertEquals(3, r.seriesTotal());
        assertEquals("A/RES/61/10, OP 2", r.firstAgreed().reference(), "adopted before drafts");
        assertEquals(59, r.firstSeen().text().session(), "an earlier draft proposed it first");
        assertEquals("draft", r.firstSeen().text().kind());
        assertEquals(List.of(59, 61, 63, 67, 69), r.sessions().stream().map(SessionCount::session).toList());
        assertEquals(2, r.sessions().get(1).texts(), "the 61st: draft and adopted text");
    }

    @Test
    void seriesComeInOrderOfFirstAgreement() throws IOException {
        SearchResult r = index.searcher().search(PHRASE, SearchMode.NEAR, 10);
        assertEquals(List.of("Series w", "Series g", "Series early"), r.series().stream().map(SeriesHits::title).toList(),
                "a series of drafts only comes after those with adopted texts");
        SearchResult one = index.searcher().search(PHRASE, SearchMode.NEAR, 1);
        assertEquals(1, one.series().size());
        assertEquals(2, one.moreSeries());
    }

    @Test
    void theWordingIsFollowedThroughTheSeries() throws IOException {
        SeriesHits w = index.searcher().search(PHRASE, SearchMode.NEAR, 10).series().get(0);
        assertEquals(6, w.timeline().size(), "every text of the series, holding the phrase or not");
        assertEquals(5, w.textCount());
        List<TextStep> t = w.timeline();
        assertTrue(t.get(0).holdsPhrase());
        assertNull(t.get(0).clauses().get(0).change(), "the draft is the first to hold it");
        assertNull(t.get(1).change(), "adopted unchanged");
        assertEquals("OP 1", t.get(2).clauses().get(0).label(), "renumbered, same wording");
        assertNull(t.get(2).change());
        assertFalse(t.get(3).holdsPhrase(), "dropped at the 65th session");
        assertEquals(ChangeClass.SUBSTANTIVE, t.get(4).change(), "back at the 67th, reworded");
        assertEquals("A/RES/63/20, OP 1", t.get(4).clauses().get(0).change().previous(),
                "compared with the last text that held it");
        assertEquals(ChangeClass.EDITORIAL, t.get(5).change(), "only the case of a word at the 69th");
        assertEquals("A/RES/61/10, OP 2", w.firstAppearance().orElseThrow().reference());
    }

    @Test
    void aSeriesWithMoreHitsThanTheBudgetEndsEarlyAndSaysSo() throws IOException {
        SearchResult r = index.searcher().search(PhraseQuery.of(PHRASE, SearchMode.NEAR), 10, 2);
        SeriesHits w = r.series().get(0);
        assertEquals(1, r.series().size(), "the budget is spent on the first series");
        assertEquals(2, w.holding().size(), "the draft and the adopted text of the 61st session");
        assertEquals(3, w.moreTexts());
        assertEquals(5, w.textCount());
        assertEquals("A/RES/61/10, OP 2", r.firstAgreed().reference());
    }

    @Test
    void nothingFoundIsAnEmptyResult() throws IOException {
        SearchResult r = index.searcher().search("participation of gadgets", SearchMode.EXACT, 10);
        assertTrue(r.isEmpty());
        assertNull(r.firstAgreed());
        assertTrue(r.series().isEmpty());
    }
}
