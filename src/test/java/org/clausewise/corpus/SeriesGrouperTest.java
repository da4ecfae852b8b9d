package org.clausewise.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.clausewise.model.ResolutionKind;
import org.junit.jupiter.api.Test;

/** Grouping rules on made-up texts (the real corpus is covered by CorpusLoaderTest and OfficialSeriesTest). */
class SeriesGrouperTest {
    @Test
    void titlesMatchWhateverTheirCasePunctuationAndSpacing() {
        List<Series> s = group(
                MadeUp.text("A/RES/70/1", 70, "Made-up: the  right to water"),
                MadeUp.text("A/RES/72/9", 72, "Made-up the Right to Water."));
        assertEquals(1, s.size());
        assertEquals("Made-up the Right to Water.", s.get(0).title());
    }

    @Test
    void aCitationChainWithSharedWordingKeepsTwoRenamingsInOneSeries() {
        SeriesGrouper.Grouping g = SeriesGrouper.group(List.of(
                MadeUp.text("A/RES/80/5", 80, "Made-up third name", MadeUp.shared("Recalling its resolution 76/12 of 1 May 2021,")),
                MadeUp.text("A/RES/70/3", 70, "Made-up first name", MadeUp.shared()),
                MadeUp.text("A/RES/76/12", 76, "Made-up second name", MadeUp.shared("Recalling its resolution 70/3,")),
                MadeUp.text("A/RES/76/13", 76, "Made-up unrelated", MadeUp.other("Recalling its resolution 69/3,"))));
        assertEquals(2, g.series().size());
        Series renamed = g.series().stream().filter(x -> x.size() == 3).findFirst().orElseThrow();
        assertEquals("Made-up third name", renamed.title());
        assertEquals(List.of(70, 76, 80), renamed.sessions());
        assertEquals(List.of("A/RES/76/12", "A/RES/80/5"),
                g.titleChanges().stream().map(c -> c.renamed().summary().symbol()).toList());
    }

    @Test
    void aCitationAloneDoesNotMakeARenamingWhenTheWordingDiffers() {
        List<Series> s = group(
                MadeUp.text("A/RES/78/4", 78, "Made-up day of something", MadeUp.other()),
                MadeUp.text("A/RES/79/8", 79, "Made-up global call", MadeUp.shared("Recalling its resolution 78/4,")));
        assertEquals(2, s.size());
    }

    /** The case: one series cites another; both have a text in each session, so they stay two. */
    @Test
    void twoSeriesThatCiteEachOtherNeverShareASession() {
        String[] alike = MadeUp.shared();
        List<Series> s = group(
                MadeUp.text("A/RES/78/190", 78, "Made-up combating something", alike),
                MadeUp.text("A/RES/79/160", 79, "Made-up combating something", alike),
                MadeUp.text("A/RES/78/234", 78, "Made-up global call", alike),
                MadeUp.text("A/RES/79/161", 79, "Made-up global call", MadeUp.shared("Recalling its resolution 78/190,")));
        assertEquals(2, s.size());
        for (Series series : s) {
            assertEquals(List.of(78, 79), series.sessions());
            assertEquals(2, series.size());
        }
    }

    @Test
    void aSecondTextOfOneTitleInOneSessionStartsASecondSeries() {
        List<Series> s = group(
                MadeUp.text("A/RES/78/1", 78, "Made-up repeated title"),
                MadeUp.text("A/RES/78/2", 78, "Made-up repeated title"),
                MadeUp.text("A/RES/79/1", 79, "Made-up repeated title"));
        assertEquals(List.of(2, 1), s.stream().map(Series::size).toList());
        for (Series series : s) {
            assertEquals(series.size(), series.sessions().size(), "one adopted text per session");
        }
    }

    @Test
    void twoFilesOfOneAdoptedTextAreOneTextOfTheSeries() {
        List<Series> s = group(
                MadeUp.text(Paths.get("pdf", "A_RES_78_5.pdf"), "A/RES/78/5", 78, ResolutionKind.RESOLUTION, "Made-up twice"),
                MadeUp.text(Paths.get("txt", "A-RES-78-5.txt"), "A/RES/78/5", 78, ResolutionKind.RESOLUTION, "Made-up twice"),
                MadeUp.text("A/RES/79/5", 79, "Made-up twice"));
        assertEquals(1, s.size());
        assertEquals(3, s.get(0).size());
    }

    @Test
    void yearlyTitlesFollowTheSession() {
        List<Series> s = group(
                MadeUp.text("A/RES/78/256", 78, "Made-up capital fund for 2024"),
                MadeUp.text("A/RES/79/261", 79, "Made-up capital fund for 2025"),
                MadeUp.text("A/RES/79/262", 79, "Made-up capital fund for 2030"));
        assertEquals(List.of(1, 2), s.stream().map(Series::size).sorted().toList());
        assertEquals("Made-up capital fund for 2025",
                s.stream().filter(x -> x.size() == 2).findFirst().orElseThrow().title());
    }

    @Test
    void aDraftJoinsTheAdoptedTextOfItsTitleAndSessionJustBeforeIt() {
        List<Series> s = group(
                MadeUp.text("A/RES/74/2", 74, "Made-up series"),
                MadeUp.text(null, 74, "Made-up series"),
                MadeUp.text("A/RES/73/2", 73, "Made-up series"));
        assertEquals(1, s.size());
        assertEquals(List.of("A-RES-73-2.txt", "draft-74.txt", "A-RES-74-2.txt"),
                s.get(0).timeline().stream().map(CorpusEntry::fileName).toList());
    }

    @Test
    void aDraftOfALaterSessionStandsAsADraftOfItsSessionInItsTitlesSeries() {
        List<Series> s = group(
                MadeUp.text("A/RES/79/2", 79, "Made-up series"),
                MadeUp.text("A/80/L.18", 80, "Made-up series"),
                MadeUp.text("A/80/L.18/Rev.1", 80, "Made-up series"));
        assertEquals(1, s.size());
        assertEquals(List.of(79, 80), s.get(0).sessions());
        assertEquals("Made-up series", s.get(0).title());
    }

    @Test
    void draftsOfATitleNoResolutionHasGroupByTheirSession() {
        List<Series> s = group(
                MadeUp.text("A/C.3/80/L.5", 80, "Made-up new idea"),
                MadeUp.text("A/C.3/80/L.5/Rev.1", 80, "Made-up new idea"),
                MadeUp.text("A/C.3/81/L.9", 81, "Made-up new idea"));
        assertEquals(List.of(1, 2), s.stream().map(Series::size).sorted().toList());
    }

    @Test
    void aMisreadTitleNeverMakesASeries() {
        List<Series> s = group(
                MadeUp.text("A/80/L.1", 80, "A"),
                MadeUp.text("A/80/L.2", 80, "A"),
                MadeUp.text("A/RES/80/1", 80, "Made-up real title"));
        assertEquals(3, s.size());
        assertTrue(s.stream().noneMatch(x -> x.title().equals("A")), s.toString());
    }

    @Test
    void aTextCitingOnlyItsOwnNumberDoesNotLinkAnything() {
        List<Series> s = group(
                MadeUp.text("A/RES/71/4", 71, "Made-up alpha", MadeUp.shared("Recalling 71/4 in its own preamble,")),
                MadeUp.text("A/RES/71/5", 71, "Made-up beta", MadeUp.shared()));
        assertEquals(2, s.size());
    }

    @Test
    void aCitationByFullSymbolLinksTooButACouncilSymbolDoesNot() {
        List<Series> s = group(
                MadeUp.text("A/RES/78/9", 78, "Made-up new name", MadeUp.shared("Recalling A/RES/76/4 and A/HRC/RES/33/14,")),
                MadeUp.text("A/RES/76/4", 76, "Made-up old name", MadeUp.shared()),
                MadeUp.text("A/RES/33/14", 33, "Made-up other series", MadeUp.shared()));
        assertEquals(List.of(1, 2), s.stream().map(Series::size).sorted().toList());
    }

    @Test
    void numbersInsideLongerSymbolsOrDatesAreNotCitations() {
        List<Series> s = group(
                MadeUp.text("A/RES/75/7", 75, "Made-up gamma", MadeUp.shared("Noting document A/75/123/7 and 1/2/2020,")),
                MadeUp.text("A/RES/74/123", 74, "Made-up delta", MadeUp.shared()));
        assertEquals(2, s.size());
    }

    @Test
    void theGroupingDoesNotDependOnLoadOrder() {
        List<CorpusEntry> texts = new ArrayList<>(List.of(
                MadeUp.text("A/RES/78/1", 78, "Made-up repeated title"),
                MadeUp.text("A/RES/78/2", 78, "Made-up repeated title"),
                MadeUp.text("A/RES/79/1", 79, "Made-up repeated title", MadeUp.shared("Recalling its resolution 78/2,")),
                MadeUp.text("A/RES/77/3", 77, "Made-up old name", MadeUp.shared()),
                MadeUp.text("A/RES/78/3", 78, "Made-up new name", MadeUp.shared("Recalling its resolution 77/3,")),
                MadeUp.text(null, 79, "Made-up repeated title")));
        List<Series> first = SeriesGrouper.group(texts).series();
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(texts, random);
            assertEquals(first, SeriesGrouper.group(texts).series());
        }
    }

    private static List<Series> group(CorpusEntry... texts) {
        return SeriesGrouper.group(List.of(texts)).series();
    }
}
