package org.clausewise.ui.library;

import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.UserLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's library over the real corpus loader: added texts are kept between runs, bad ones are not. */
class CorpusLibraryServiceTest {
    @TempDir
    Path dir;

    private CorpusLibraryService service(Path bundled) {
        return new CorpusLibraryService(new CorpusLoader(), bundled, new UserLibrary(dir.resolve("library.txt")));
    }

    @Test
    void bundledCorpusGivesThreeSeriesWithTheDraftApart() {
        Library lib = service(Path.of("corpus")).load(p -> { });
        assertEquals(11, lib.entries().size());
        assertEquals(3, lib.series().size());
        SeriesTimeline cooperation = lib.series().stream()
                .filter(s -> s.title().startsWith("Enhancement of international cooperation")).findFirst().orElseThrow();
        assertEquals(List.of(61, 65, 67, 69), cooperation.adopted().stream().map(e -> e.resolution().session()).toList());
        assertEquals(1, cooperation.drafts().size());
        assertTrue(lib.failures().isEmpty(), lib.failures().toString());
    }

    @Test
    void anAddedTextIsKeptForTheNextRunAndABadOneIsNot() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Path good = Files.copy(Path.of("corpus/A-RES-72-186.txt"), mine.resolve("ombudsman-72.txt"));
        Path bad = Files.writeString(mine.resolve("notes.txt"), "Call the mission on Monday.\n");
        CorpusLibraryService first = service(null);
        first.load(p -> { });
        AddResult result = first.add(List.of(good, bad));
        assertEquals(1, result.added());
        assertEquals(1, result.failures().size());
        assertTrue(result.failures().get(0).startsWith("notes.txt"), result.failures().get(0));
        assertEquals(1, result.library().entries().size());

        Library nextRun = service(null).load(p -> { });
        assertEquals(1, nextRun.entries().size());
        assertEquals("A/RES/72/186", nextRun.entries().get(0).resolution().symbol());
        assertFalse(Files.readString(dir.resolve("library.txt")).contains("notes.txt"));
    }
}
