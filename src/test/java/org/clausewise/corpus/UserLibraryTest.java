package org.clausewise.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserLibraryTest {
    @TempDir
    Path config;

    @Test
    void addedFilesAreThereAtTheNextStart() throws IOException {
        Path a = config.resolve("texts/a.txt");
        Path b = config.resolve("texts/b.md");
        UserLibrary library = new UserLibrary(config.resolve("library.txt"));
        assertTrue(library.add(List.of(a, b, a)));
        assertFalse(library.add(List.of(b)), "adding a listed file again changes nothing");

        UserLibrary reopened = new UserLibrary(config.resolve("library.txt"));
        assertEquals(List.of(a.toAbsolutePath().normalize(), b.toAbsolutePath().normalize()), reopened.paths());
        assertEquals(List.of(a.toString(), b.toString()), Files.readAllLines(config.resolve("library.txt")));
    }

    @Test
    void removingAFileIsKept() throws IOException {
        Path a = config.resolve("a.txt");
        UserLibrary library = new UserLibrary(config.resolve("library.txt"));
        library.add(List.of(a));
        assertTrue(library.remove(a));
        assertFalse(library.remove(a));
        assertEquals(List.of(), new UserLibrary(config.resolve("library.txt")).paths());
    }

    @Test
    void savingLeavesNoTempFileBehindAndCreatesTheConfigFolder() throws IOException {
        Path nested = config.resolve("not/yet/there/library.txt");
        new UserLibrary(nested).add(List.of(config.resolve("x.txt")));
        try (Stream<Path> files = Files.list(nested.getParent())) {
            assertEquals(List.of("library.txt", "library.txt.lock"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the list and the lock that two windows share");
        }
    }

    @Test
    void aFileThatWentMissingBecomesALoadFailureAtTheNextStart() throws IOException {
        Path kept = config.resolve("A-RES-73-179.txt");
        Path lost = config.resolve("A-RES-75-176.txt");
        Files.copy(CorpusLoaderTest.CORPUS.resolve("A-RES-73-179.txt"), kept);
        Files.copy(CorpusLoaderTest.CORPUS.resolve("A-RES-75-176.txt"), lost);
        new UserLibrary(config.resolve("library.txt")).add(List.of(kept, lost));
        Files.delete(lost);

        UserLibrary next = new UserLibrary(config.resolve("library.txt"));
        Corpus corpus = new CorpusLoader().load(next.paths());

        assertEquals(1, corpus.entries().size());
        assertEquals(1, corpus.failures().size());
        assertEquals(lost.toAbsolutePath().normalize(), corpus.failures().get(0).source());
        assertEquals(2, next.paths().size(), "the missing file stays listed until the user removes it");
    }

    @Test
    void blankAndCommentLinesAreSkipped() throws IOException {
        Files.writeString(config.resolve("library.txt"), "\n# my texts\n/tmp/one.txt\n   \n");
        assertEquals(List.of(Path.of("/tmp/one.txt")), new UserLibrary(config.resolve("library.txt")).paths());
    }

    @Test
    void aBadByteInTheListCostsOnlyItsLine() throws IOException {
        byte[] good = "/tmp/kept.txt\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = {'/', 't', 'm', 'p', '/', (byte) 0xFF, '.', 't', 'x', 't', '\n'};
        Path list = config.resolve("library.txt");
        Files.write(list, good);
        Files.write(list, bad, java.nio.file.StandardOpenOption.APPEND);
        UserLibrary library = new UserLibrary(list);
        List<Path> paths = library.paths();
        assertEquals(2, paths.size(), "what can be made out is still shown");
        assertEquals(Path.of("/tmp/kept.txt"), paths.get(0));
        assertEquals("it is not UTF-8 text (line 2)", library.problem());
    }

    @Test
    void anUnwritableConfigFolderLeavesTheLibraryAsItWas() throws IOException {
        Path blocker = config.resolve("blocker");
        Files.writeString(blocker, "a file where the folder should be");
        UserLibrary library = new UserLibrary(blocker.resolve("library.txt"));
        try {
            library.add(List.of(config.resolve("a.txt")));
        } catch (IOException expected) {
            assertEquals(List.of(), library.paths());
            return;
        }
        throw new AssertionError("saving under a file should fail");
    }
}
