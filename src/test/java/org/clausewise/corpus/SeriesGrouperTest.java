package org.clausewise.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping rules on made-up texts (the real corpus is covered by CorpusLoaderTest). */
class SeriesGrouperTest {
    @Test
    void titlesMatchWhateverTheirCasePunctuationAndSpacing() {
        List<Series> s = SeriesGrouper.group(List.of(
                MadeUp.text("A/RES/70/1", 70, "Made-up: the  right to water"),
                MadeUp.text("A/RES/72/9", 72, "Made-up the Right to Water.")));
        assertEquals(1, s.size());
        assertEquals("Made-up the Right to Water.", s.get(0).title());
    }

    @Test
    void aCitationChainKeepsTwoRenamingsInOneSeries() {
        List<Series> s = SeriesGrouper.group(List.of(
                MadeUp.text("A/RES/80/5", 80, "Made-up third name", "Recalling its resolution 76/12 of 1 May 2021,"),
                MadeUp.text("A/RES/70/3", 70, "Made-up first name"),
                MadeUp.text("A/RES/76/12", 76, "Made-up second name", "Recalling its resolution 70/3,"),
                MadeUp.text("A/RES/76/13", 76, "Made-up unrelated", "Recalling its resolution 69/3,")));
        assertEquals(2, s.size());
        Series renamed = s.stream().filter(x -> x.size() == 3).findFirst().orElseThrow();
        assertEquals("Made-up third name", renamed.title());
        assertEquals(List.of(70, 76, 80), renamed.timeline().stream().map(e -> e.resolution().session()).toList());
    }

    @Test
    void aTextCitingOnlyItsOwnNumberDoesNotLinkAnything() {
        List<Series> s = SeriesGrouper.group(List.of(
                MadeUp.text("A/RES/71/4", 71, "Made-up alpha", "Recalling 71/4 in its own preamble,"),
                MadeUp.text("A/RES/71/5", 71, "Made-up beta")));
        assertEquals(2, s.size());
    }

    @Test
    void aDraftWithoutSymbolJoinsTheSeriesOfItsTitleBeforeTheAdoptedText() {
        List<Series> s = SeriesGrouper.group(List.of(
                MadeUp.text("A/RES/74/2", 74, "Made-up series"),
                MadeUp.text(null, 74, "Made-up series"),
                MadeUp.text("A/RES/73/2", 73, "Made-up series")));
        assertEquals(1, s.size());
        assertEquals(List.of("A-RES-73-2.txt", "draft-74.txt", "A-RES-74-2.txt"),
                s.get(0).timeline().stream().map(CorpusEntry::fileName).toList());
    }

    @Test
    void aCitationByFullSymbolLinksTooButACouncilSymbolDoesNot() {
        List<Series> s = SeriesGrouper.group(List.of(
                MadeUp.text("A/RES/78/9", 78, "Made-up new name", "Recalling A/RES/76/4 and A/HRC/RES/33/14,"),
                MadeUp.text("A/RES/76/4", 76, "Made-up old name"),
                MadeUp.text("A/RES/33/14", 33, "Made-up other series")));
        assertEquals(2, s.size());
        assertEquals(List.of(1, 2), s.stream().map(Series::size).sorted().toList());
    }

    @Test
    void numbersInsideLongerSymbolsOrDatesAreNotCitations() {
        List<Series> s = SeriesGrouper.group(List.of(
                MadeUp.text("A/RES/75/7", 75, "Made-up gamma", "Noting document A/75/123/7 and 1/2/2020,"),
                MadeUp.text("A/RES/75/123", 75, "Made-up delta")));
        assertEquals(2, s.size());
    }
}
