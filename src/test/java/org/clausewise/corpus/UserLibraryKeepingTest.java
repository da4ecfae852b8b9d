package org.clausewise.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library list is never lost (issue 14: an unreadable list was read as empty and the next
 * add rewrote it, 3 entries became 1; two windows each added a text and only one survived; every
 * save dropped comments and re-anchored relative paths).
 */
class UserLibraryKeepingTest {
    @TempDir
    Path config;

    private Path list() {
        return config.resolve("library.txt");
    }

    @Test
    void aListThatIsNotTextIsNeverWrittenOverUntilTheUserStartsAfresh() throws IOException {
        byte[] damaged = "/texts/one.txt\n/texts/two.txt\n\u0000\u0001garbage\n/texts/three.txt\n".getBytes();
        Files.write(list(), damaged);
        UserLibrary library = new UserLibrary(list());
        assertEquals("it holds bytes that are not text (line 3)", library.problem());
        assertEquals(3, library.paths().size(), "the three readable paths are still loaded");

        IOException e = assertThrows(IOException.class, () -> library.add(List.of(config.resolve("four.txt"))));
        assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(list()), "untouched until the user chooses");

        Path backup = library.startAfresh();
        assertArrayEquals(damaged, Files.readAllBytes(backup), "the old list is kept whole");
        assertTrue(backup.getFileName().toString().matches("library\\.txt\\.bak-\\d{8}-\\d{6}"), backup.toString());
        assertNull(library.problem());
        assertEquals(List.of("/texts/one.txt", "/texts/two.txt", "/texts/three.txt"), Files.readAllLines(list()));
        library.add(List.of(config.resolve("four.txt")));
        assertEquals(4, new UserLibrary(list()).paths().size());
    }

    @Test
    void aListWeMayNotReadIsReportedNotEmptied() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file");
        Files.writeString(list(), "/texts/one.txt\n/texts/two.txt\n/texts/three.txt\n");
        Files.setPosixFilePermissions(list(), PosixFilePermissions.fromString("---------"));
        UserLibrary library = new UserLibrary(list());
        assertEquals("permission denied", library.problem());
        assertThrows(IOException.class, () -> library.add(List.of(config.resolve("four.txt"))));
        Files.setPosixFilePermissions(list(), PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(3, Files.readAllLines(list()).size());
    }

    @Test
    void aListThatIsAFolderIsReportedNotReplaced() throws IOException {
        Files.createDirectory(list());
        UserLibrary library = new UserLibrary(list());
        assertEquals("it is not a file", library.problem());
        assertThrows(IOException.class, () -> library.add(List.of(config.resolve("a.txt"))));
        assertTrue(Files.isDirectory(list()));
    }

    @Test
    void commentsBlankLinesAndRelativePathsSurviveASave() throws IOException {
        String mine = "# texts for the Third Committee\n\nmine/draft.txt\n   # indented note\n/abs/adopted.txt\n";
        Files.writeString(list(), mine);
        UserLibrary library = new UserLibrary(list());
        assertEquals(List.of(config.resolve("mine/draft.txt"), Path.of("/abs/adopted.txt")), library.paths(),
                "a relative path is read from the list's folder, not from where the program started");
        library.add(List.of(config.resolve("new.txt")));
        assertEquals(mine + config.resolve("new.txt") + "\n", Files.readString(list()));
        library.remove(Path.of("/abs/adopted.txt"));
        assertEquals("# texts for the Third Committee\n\nmine/draft.txt\n   # indented note\n" + config.resolve("new.txt") + "\n",
                Files.readString(list()));
    }

    @Test
    void windowsLineEndsStayWindowsLineEnds() throws IOException {
        Files.writeString(list(), "# mine\r\nC:/texts/a.txt\r\n");
        new UserLibrary(list()).add(List.of(config.resolve("b.txt")));
        assertEquals("# mine\r\nC:/texts/a.txt\r\n" + config.resolve("b.txt") + "\r\n", Files.readString(list()));
    }

    @Test
    void twoWindowsEachAddingATextEndWithBoth() throws IOException {
        UserLibrary first = new UserLibrary(list());
        UserLibrary second = new UserLibrary(list()); // opened before the first one saves
        first.add(List.of(config.resolve("from-first.txt")));
        second.add(List.of(config.resolve("from-second.txt")));
        assertEquals(List.of(config.resolve("from-first.txt"), config.resolve("from-second.txt")),
                new UserLibrary(list()).paths());
        assertEquals(2, second.paths().size(), "the second window sees the first one's text too");
    }

    @Test
    void twoWindowsAddingAtTheSameTimeLoseNothing() throws Exception {
        UserLibrary first = new UserLibrary(list());
        UserLibrary second = new UserLibrary(list());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (UserLibrary library : List.of(first, second)) {
                String who = library == first ? "first" : "second";
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        library.add(List.of(config.resolve(who + "-" + i + ".txt")));
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(80, new UserLibrary(list()).paths().size());
        try (Stream<Path> files = Files.list(config)) {
            assertEquals(List.of("library.txt", "library.txt.lock"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
