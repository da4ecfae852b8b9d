package org.clausewise.ui.library;

import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.MissingFile;
import org.clausewise.corpus.MissingFiles;
import org.clausewise.corpus.TextOrigin;
import org.clausewise.corpus.UserLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library as a library, over the real loader and files in a temp folder: removing never
 * deletes a file and can be undone in place; a moved file is listed with its reason until it is
 * located; a text in two folders is told apart, then merged or kept as the user chooses, and the
 * choice holds at the next run. The user's files keep their comments (written through UserTextFile).
 */
class LibraryManagementTest {
    private static final String COMMENT = "# my texts, kept by hand";

    @TempDir
    Path dir;

    private CorpusLibraryService service(Path bundled) {
        return new CorpusLibraryService(new CorpusLoader(), bundled, new UserLibrary(dir.resolve("library.txt")));
    }

    private Path copy(String corpusFile, String folder, String name) throws Exception {
        Path f = Files.createDirectories(dir.resolve(folder));
        return Files.copy(Path.of("corpus", corpusFile), f.resolve(name));
    }

    private static LibraryEntry bySymbol(Library lib, String symbol) {
        return lib.entries().stream().filter(e -> symbol.equals(e.summary().symbol())).findFirst().orElseThrow();
    }

    @Test
    void removingAnAddedTextKeepsTheFileAndUndoPutsItBackInItsPlace() throws Exception {
        Path first = copy("A-RES-72-186.txt", "mine", "first.txt");
        Path second = copy("A-RES-75-186.txt", "mine", "second.txt");
        Path third = copy("A-RES-79-175.txt", "mine", "third.txt");
        Files.writeString(dir.resolve("library.txt"), COMMENT + "\n" + first + "\n" + second + "\n" + third + "\n");
        CorpusLibraryService service = service(null);
        Library lib = service.load(p -> { });
        assertEquals(3, lib.entries().size());

        Removal removal = service.remove(List.of(bySymbol(lib, "A/RES/75/186")));
        assertEquals(2, removal.library().entries().size());
        assertTrue(removal.message().contains("stays on disk"), removal.message());
        assertTrue(Files.exists(second), "removing never deletes the file");
        assertEquals(List.of(COMMENT, first.toString(), third.toString()), Files.readAllLines(dir.resolve("library.txt")));

        Library back = service.undo(removal.undo());
        assertEquals(3, back.entries().size());
        assertEquals(List.of(COMMENT, first.toString(), second.toString(), third.toString()),
                Files.readAllLines(dir.resolve("library.txt")), "undo puts the line back where it was");
    }

    @Test
    void aBundledTextIsHiddenRememberedAndShownAgainOnUndo() throws Exception {
        CorpusLibraryService service = service(Path.of("corpus"));
        Library lib = service.load(p -> { });
        LibraryEntry bundled = bySymbol(lib, "A/RES/79/175");
        assertEquals(TextOrigin.Kind.BUNDLED, bundled.origin().kind());

        Removal removal = service.remove(List.of(bundled));
        assertEquals(10, removal.library().entries().size());
        assertTrue(Files.exists(Path.of("corpus", "A-RES-79-175.txt")));
        assertEquals(10, service(Path.of("corpus")).load(p -> { }).entries().size(), "hidden at the next run too");

        service.undo(removal.undo());
        assertEquals(11, service(Path.of("corpus")).load(p -> { }).entries().size());
    }

    @Test
    void aMovedFileIsListedWithItsReasonAndLocateRepointsItInPlace() throws Exception {
        Path first = copy("A-RES-72-186.txt", "mine", "first.txt");
        Path moving = copy("A-RES-75-186.txt", "mine", "moving.txt");
        Path third = copy("A-RES-79-175.txt", "mine", "third.txt");
        Files.writeString(dir.resolve("library.txt"), first + "\n" + moving + "\n" + third + "\n");
        Path now = Files.move(moving, Files.createDirectories(dir.resolve("elsewhere")).resolve("moving.txt"));

        CorpusLibraryService service = service(null);
        Library lib = service.load(p -> { });
        assertEquals(2, lib.entries().size());
        assertEquals(1, lib.missing().size(), "never dropped silently");
        MissingFile missing = lib.missing().get(0);
        assertEquals("moving.txt", missing.name());
        assertEquals(MissingFiles.MOVED, missing.reason());
        assertFalse(missing.folder());
        assertEquals(3, Files.readAllLines(dir.resolve("library.txt")).size(), "still listed until located or removed");

        Library located = service.locate(missing, now);
        assertEquals(3, located.entries().size());
        assertTrue(located.missing().isEmpty());
        assertEquals(List.of(first.toString(), now.toString(), third.toString()),
                Files.readAllLines(dir.resolve("library.txt")), "the entry keeps its place");
        assertTrue(service(null).load(p -> { }).missing().isEmpty(), "and stays found at the next run");
    }

    @Test
    void aMissingFileCanBeRemovedFromTheList() throws Exception {
        Path gone = copy("A-RES-72-186.txt", "mine", "gone.txt");
        Files.writeString(dir.resolve("library.txt"), gone + "\n");
        Files.delete(gone);
        CorpusLibraryService service = service(null);
        MissingFile missing = service.load(p -> { }).missing().get(0);
        Removal removal = service.removeMissing(missing);
        assertTrue(removal.library().missing().isEmpty());
        assertEquals(List.of(), Files.readAllLines(dir.resolve("library.txt")));
    }

    /** The same text in the folders alpha and beta, both in the library. */
    private CorpusLibraryService oneTextInTwoFolders() throws Exception {
        Path alpha = copy("A-RES-72-186.txt", "alpha", "ombudsman.txt").getParent();
        Path beta = copy("A-RES-72-186.txt", "beta", "ombudsman.txt").getParent();
        Files.writeString(dir.resolve("library.txt"), alpha + "\n" + beta + "\n");
        return service(null);
    }

    @Test
    void aTextInTwoFoldersIsToldApartThenOneCopyIsUsedAndTheChoiceHolds() throws Exception {
        CorpusLibraryService service = oneTextInTwoFolders();
        Library lib = service.load(p -> { });

        assertEquals(2, lib.entries().size());
        assertEquals(1, lib.undecided().size(), "the window asks the user");
        Library.DuplicateSet twice = lib.undecided().get(0);
        assertEquals(List.of("alpha", "beta"), twice.copies().stream().map(LibraryEntry::folderName).toList(),
                "each row says which folder");
        assertNotEquals(twice.copies().get(0).filterText(), twice.copies().get(1).filterText());

        Library merged = service.useOnly(twice.key(), twice.copies().get(1));
        assertEquals(1, merged.entries().size());
        assertEquals("beta", merged.entries().get(0).folderName());
        assertTrue(merged.undecided().isEmpty());

        Library nextRun = service(null).load(p -> { });
        assertEquals(1, nextRun.entries().size(), "the choice is remembered");
        assertEquals("beta", nextRun.entries().get(0).folderName());
        assertTrue(Files.readString(dir.resolve("library-choices.txt")).startsWith("#"), "a file a person can read");
    }

    @Test
    void keepingBothCopiesStopsTheQuestionAndKeepsBothRows() throws Exception {
        CorpusLibraryService service = oneTextInTwoFolders();
        Library.DuplicateSet twice = service.load(p -> { }).undecided().get(0);

        Library kept = service.keepAll(twice.key());
        assertEquals(2, kept.entries().size());
        assertTrue(kept.undecided().isEmpty());
        assertTrue(service(null).load(p -> { }).undecided().isEmpty(), "not asked again at the next run");
    }

    @Test
    void removingAFolderTakesItsTextsAndLeavesTheFiles() throws Exception {
        Path folder = copy("A-RES-72-186.txt", "mine", "a.txt").getParent();
        copy("A-RES-75-186.txt", "mine", "b.txt");
        Files.writeString(dir.resolve("library.txt"), folder + "\n");
        CorpusLibraryService service = service(null);
        assertEquals(2, service.load(p -> { }).entries().size());

        Removal removal = service.removeFolder(folder);
        assertTrue(removal.library().entries().isEmpty());
        assertTrue(removal.message().contains("2 texts"), removal.message());
        assertTrue(Files.exists(folder.resolve("a.txt")));
        assertEquals(2, service.undo(removal.undo()).entries().size());
    }

    @Test
    void anUnreadableChoicesFileIsLeftAloneUntilTheUserStartsAfresh() throws Exception {
        byte[] damaged = {'h', 'i', 'd', 'e', '\t', (byte) 0xFF, '\n'};
        Files.write(dir.resolve("library-choices.txt"), damaged);
        CorpusLibraryService service = service(Path.of("corpus"));
        Library lib = service.load(p -> { });
        assertTrue(service.choicesProblem() != null);
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> service.remove(List.of(lib.entries().get(0))));
        org.junit.jupiter.api.Assertions.assertArrayEquals(damaged, Files.readAllBytes(dir.resolve("library-choices.txt")));

        Path backup = service.startChoicesAfresh();
        org.junit.jupiter.api.Assertions.assertArrayEquals(damaged, Files.readAllBytes(backup));
        service.remove(List.of(lib.entries().get(0)));
        assertTrue(Files.readString(dir.resolve("library-choices.txt")).contains("hide\t"));
    }
}
