package org.clausewise.ui;

import org.clausewise.corpus.MissingFile;
import org.clausewise.ui.library.LibraryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Managing the library from the window's view model, without a window, over the real services
 * (synchronous): what the user is told, and the way to fix it, for a removal, a moved file and a
 * text found twice.
 */
class LibraryActionsTest {
    @TempDir
    Path config;
    @TempDir
    Path texts;

    private final List<String> errors = new ArrayList<>();

    private MainViewModel loaded() {
        MainViewModel vm = new MainViewModel(TestServices.onCorpus(config));
        vm.setErrorSink((title, message) -> errors.add(title + ": " + message));
        vm.load(null, null);
        return vm;
    }

    private static LibraryEntry bySymbol(MainViewModel vm, String symbol) {
        return vm.libraryProperty().get().entries().stream().filter(e -> symbol.equals(e.summary().symbol()))
                .findFirst().orElseThrow();
    }

    private static Notice notice(MainViewModel vm, String key) {
        return vm.notices().find(key).orElseThrow(() -> new AssertionError("no notice " + key));
    }

    private static void press(MainViewModel vm, Notice notice, String label) {
        Notice.Action action = notice.actions().stream().filter(a -> a.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not offered: " + notice));
        vm.notices().act(notice, action);
    }

    @Test
    void removingThePickedTextUnpicksItAndUndoBringsBothBack() {
        MainViewModel vm = loaded();
        LibraryEntry picked = bySymbol(vm, "A/RES/79/175");
        vm.leftProperty().set(picked);
        int before = vm.libraryProperty().get().textCount();

        vm.libraryActions().remove(List.of(picked));
        assertNull(vm.leftProperty().get());
        assertEquals(before - 1, vm.libraryProperty().get().textCount());
        Notice removed = notice(vm, "removed");
        assertTrue(removed.message().startsWith("Removed A/RES/79/175 from the library"), removed.message());
        assertTrue(vm.statusProperty().get().contains("stays on disk"), vm.statusProperty().get());

        press(vm, removed, "Undo");
        assertEquals(before, vm.libraryProperty().get().textCount());
        assertEquals(picked.source(), vm.leftProperty().get().source());
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aMovedFileIsNamedWithItsReasonAndLocatingItSettlesTheNotice() throws Exception {
        Path file = Files.copy(Path.of("corpus/A-RES-72-186.txt"), texts.resolve("ombudsman.txt"));
        Files.writeString(config.resolve("library.txt"), file + "\n");
        Path moved = Files.move(file, Files.createDirectories(texts.resolve("moved")).resolve("ombudsman.txt"));
        MainViewModel vm = loaded();

        List<MissingFile> missing = vm.libraryProperty().get().missing();
        assertEquals(1, missing.size());
        Notice told = notice(vm, LibraryNotices.MISSING);
        assertTrue(told.message().startsWith("ombudsman.txt is missing from your library (moved or deleted)"),
                told.message());
        assertTrue(told.message().contains("Locate"), "says how to fix it: " + told.message());

        vm.libraryActions().locate(missing.get(0), moved);
        assertTrue(vm.libraryProperty().get().missing().isEmpty());
        assertTrue(vm.notices().find(LibraryNotices.MISSING).isEmpty(), "the notice goes once it is settled");
        assertEquals(12, vm.libraryProperty().get().textCount());
        assertTrue(vm.statusProperty().get().contains("moved"), vm.statusProperty().get());
    }

    @Test
    void aTextFoundTwiceIsExplainedAndTheUsersChoiceMergesIt() throws Exception {
        Path alpha = Files.createDirectories(texts.resolve("alpha"));
        Path beta = Files.createDirectories(texts.resolve("beta"));
        Files.copy(Path.of("corpus/A-RES-72-186.txt"), alpha.resolve("a.txt"));
        Files.copy(Path.of("corpus/A-RES-72-186.txt"), beta.resolve("b.txt"));
        Files.writeString(config.resolve("library.txt"), alpha + "\n" + beta + "\n");
        MainViewModel vm = loaded();
        int withCopies = vm.libraryProperty().get().textCount();

        Notice told = notice(vm, LibraryNotices.DUPLICATES);
        // the bundled text, alpha's and beta's are one symbol: three copies, one question
        assertTrue(told.message().startsWith("A/RES/72/186 is in your library 3 times: bundled, in alpha and in beta."),
                told.message());
        assertEquals(List.of("Keep All", "Use the Bundled One", "Use the One in alpha", "Use the One in beta"),
                told.actions().stream().map(Notice.Action::label).toList());
        assertEquals(1, vm.libraryProperty().get().undecided().size());

        LibraryEntry inBeta = vm.libraryProperty().get().entries().stream()
                .filter(e -> e.folderName().equals("beta")).findFirst().orElseThrow();
        press(vm, told, "Use the One in beta");
        assertEquals(inBeta.source(), vm.libraryProperty().get().find(inBeta.source()).orElseThrow().source());
        assertEquals(withCopies - 2, vm.libraryProperty().get().textCount());
        assertTrue(vm.notices().find(LibraryNotices.DUPLICATES).isEmpty());
        assertTrue(vm.statusProperty().get().contains("beta"), vm.statusProperty().get());
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
