package org.clausewise.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.clausewise.model.ResolutionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the bundled corpus/ and grouping its eleven texts, as the timeline sidebar shows them. */
class CorpusLoaderTest {
    static final Path CORPUS = Paths.get("corpus");
    private static Corpus corpus;

    @BeforeAll
    static void load() {
        corpus = new CorpusLoader().load(List.of(CORPUS));
    }

    @Test
    void readsAllElevenTextsWithoutFailure() {
        assertEquals(List.of(), corpus.failures());
        assertEquals(11, corpus.entries().size());
    }

    @Test
    void groupsTheElevenTextsIntoThreeSeries() {
        assertEquals(3, corpus.series().size());
        assertEquals(List.of(5, 3, 3), corpus.series().stream().map(Series::size).toList());
    }

    @Test
    void enhancementSeriesRunsFrom61stTo69thWithTheDraftJustBeforeItsAdoptedText() {
        Series s = seriesContaining("A-RES-61-168.txt");
        assertEquals(List.of("A-RES-61-168.txt", "A-RES-65-218.txt", "A-67-draft-Third-Committee.txt",
                "A-RES-67-169.txt", "A-RES-69-179.txt"), files(s));
        assertEquals(List.of(61, 65, 67, 67, 69), sessions(s));
        assertEquals(ResolutionKind.DRAFT, s.timeline().get(2).resolution().kind());
        assertTrue(s.title().startsWith("Enhancement of international cooperation in the field of human rights"),
                s.title());
    }

    @Test
    void privacySeriesHasThe73rd75thAnd79thSessions() {
        Series s = seriesContaining("A-RES-73-179.txt");
        assertEquals(List.of("A-RES-73-179.txt", "A-RES-75-176.txt", "A-RES-79-175.txt"), files(s));
        assertEquals("The right to privacy in the digital age", s.title());
    }

    @Test
    void ombudsmanSeriesStaysOneDespiteItsChangeOfTitle() {
        Series s = seriesContaining("A-RES-72-186.txt");
        assertEquals(List.of("A-RES-72-186.txt", "A-RES-75-186.txt", "A-RES-79-177.txt"), files(s));
        assertEquals(List.of(72, 75, 79), sessions(s));
        // The 72nd-session title differs; the series carries the newest one.
        assertTrue(s.timeline().get(0).resolution().title().startsWith("The role of the Ombudsman, mediator"),
                s.timeline().get(0).resolution().title());
        assertTrue(s.title().startsWith("The role of Ombudsman and mediator institutions"), s.title());
    }

    @Test
    void oneBadFileAmongGoodOnesCostsOnlyItself(@TempDir Path dir) throws IOException {
        Files.copy(CORPUS.resolve("A-RES-73-179.txt"), dir.resolve("A-RES-73-179.txt"));
        Files.copy(CORPUS.resolve("A-RES-75-176.txt"), dir.resolve("A-RES-75-176.txt"));
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0, 0, 7});
        Files.writeString(dir.resolve("notes.docx"), "not a candidate: ignored in a folder");

        Corpus c = new CorpusLoader().load(List.of(dir));

        assertEquals(Set.of("A-RES-73-179.txt", "A-RES-75-176.txt"),
                c.entries().stream().map(CorpusEntry::fileName).collect(Collectors.toSet()));
        assertEquals(Set.of("empty.txt", "binary.txt"),
                c.failures().stream().map(f -> f.source().getFileName().toString()).collect(Collectors.toSet()));
        for (LoadFailure f : c.failures()) {
            assertFalse(f.message().isBlank());
            assertFalse(f.message().contains("\n"), f.message());
        }
        assertEquals(1, c.series().size());
    }

    @Test
    void aMissingFileIsAFailureNotACrash(@TempDir Path dir) {
        Path gone = dir.resolve("gone.txt");
        Corpus c = new CorpusLoader().load(List.of(CORPUS.resolve("A-RES-79-175.txt"), gone));
        assertEquals(1, c.entries().size());
        assertEquals(List.of(new LoadFailure(gone.toAbsolutePath().normalize(), "file not found")), c.failures());
    }

    @Test
    void foldersAreReadWithoutTheirSubFolders(@TempDir Path dir) throws IOException {
        Files.copy(CORPUS.resolve("A-RES-73-179.txt"), dir.resolve("A-RES-73-179.txt"));
        Files.createDirectories(dir.resolve("older"));
        Files.copy(CORPUS.resolve("A-RES-75-176.txt"), dir.resolve("older/A-RES-75-176.txt"));
        Corpus c = new CorpusLoader().load(List.of(dir));
        assertEquals(List.of("A-RES-73-179.txt"), c.entries().stream().map(CorpusEntry::fileName).toList());
    }

    @Test
    void progressCountsEveryFileUpToTheTotal() {
        List<LoadProgress> seen = new ArrayList<>();
        new CorpusLoader().load(List.of(CORPUS), seen::add);
        assertEquals(new LoadProgress(0, 11, null), seen.get(0));
        assertEquals(12, seen.size());
        assertEquals(11, seen.get(seen.size() - 1).done());
        assertEquals(1.0, seen.get(seen.size() - 1).fraction());
    }

    @Test
    void addingTextsLaterGivesANewCorpusAndKeepsTheOld() {
        Corpus privacy = new CorpusLoader().load(List.of(CORPUS.resolve("A-RES-73-179.txt")));
        Corpus more = new CorpusLoader().load(List.of(CORPUS.resolve("A-RES-75-176.txt"),
                CORPUS.resolve("A-RES-72-186.txt"), CORPUS.resolve("A-RES-73-179.txt")));
        Corpus both = privacy.with(more);
        assertEquals(1, privacy.entries().size());
        assertEquals(3, both.entries().size(), "the 73rd-session text read twice counts once");
        assertEquals(2, both.series().size());
        Corpus less = both.without(CORPUS.resolve("A-RES-72-186.txt"));
        assertEquals(1, less.series().size());
        assertTrue(less.findBySymbol("a/res/75/176").isPresent());
    }

    private static Series seriesContaining(String fileName) {
        CorpusEntry entry = corpus.entries().stream().filter(e -> e.fileName().equals(fileName)).findFirst()
                .orElseThrow();
        return corpus.seriesOf(entry).orElseThrow();
    }

    private static List<String> files(Series s) {
        return s.timeline().stream().map(CorpusEntry::fileName).toList();
    }

    private static List<Integer> sessions(Series s) {
        return s.timeline().stream().map(e -> e.resolution().session()).toList();
    }
}
