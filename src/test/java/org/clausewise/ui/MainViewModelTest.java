package org.clausewise.ui;

import org.clausewise.model.Comparison;
import org.clausewise.ui.background.DirectExecutor;
import org.clausewise.ui.library.AddResult;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.LibraryService;
import org.clausewise.ui.library.SeriesTimeline;
import org.clausewise.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's state with a made-up library and comparer, synchronously, without a window. */
class MainViewModelTest {
    @TempDir
    Path config;

    private final Comparison made = MadeUpTexts.comparison();
    private final LibraryEntry a = new LibraryEntry(Path.of("/lib/a.txt"), made.left());
    private final LibraryEntry b = new LibraryEntry(Path.of("/lib/b.txt"), made.right());
    private final List<String> compared = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private MainViewModel viewModel(LibraryService library) {
        AppServices services = new AppServices(library, p -> made.left(), (l, r) -> {
            compared.add(l.symbol() + " > " + r.symbol());
            return made;
        }, (c, out, o) -> {
            throw new IOException("disk full");
        }, new DirectExecutor(), new SettingsStore(config));
        MainViewModel vm = new MainViewModel(services);
        vm.setErrorSink((title, message) -> errors.add(title + ": " + message));
        return vm;
    }

    private LibraryService fixed() {
        return new LibraryService() {
            @Override
            public Library load(DoubleConsumer progress) {
                progress.accept(1.0);
                return new Library(List.of(new SeriesTimeline("Made-up", List.of(a, b), List.of())), List.of());
            }

            @Override
            public AddResult add(List<Path> paths) {
                return new AddResult(load(p -> { }), 0, List.of("bad.txt: not a General Assembly text"));
            }
        };
    }

    @Test
    void loadRestoresTheLastComparison() {
        MainViewModel vm = viewModel(fixed());
        vm.load(Path.of("/lib/a.txt"), Path.of("/lib/b.txt"));
        assertEquals(a, vm.leftProperty().get());
        assertEquals(b, vm.rightProperty().get());
        assertSame(made, vm.viewer().comparisonProperty().get());
        assertEquals(List.of("A/RES/1/1 > A/RES/3/7"), compared);
        assertFalse(vm.busyProperty().get());
        assertTrue(vm.statusProperty().get().contains("2 modified, 1 added"), vm.statusProperty().get());
    }

    @Test
    void aFirstRunOpensTheNewestTwoTextsOfTheFirstSeries() {
        MainViewModel vm = viewModel(fixed());
        vm.load(null, null, true);
        assertEquals(a, vm.leftProperty().get());
        assertEquals(b, vm.rightProperty().get());
        assertEquals(List.of("A/RES/1/1 > A/RES/3/7"), compared);
    }

    @Test
    void aRememberedComparisonThatIsGoneOpensNothingOnItsOwn() {
        MainViewModel vm = viewModel(fixed());
        vm.load(Path.of("/lib/gone.txt"), Path.of("/lib/b.txt"), false);
        assertNull(vm.leftProperty().get());
        assertEquals(b, vm.rightProperty().get());
        assertEquals(List.of(), compared);
    }

    @Test
    void swapComparesOnceTheOtherWayRound() {
        MainViewModel vm = viewModel(fixed());
        vm.load(Path.of("/lib/a.txt"), Path.of("/lib/b.txt"));
        vm.swap();
        assertEquals(b, vm.leftProperty().get());
        assertEquals(a, vm.rightProperty().get());
        assertEquals(List.of("A/RES/1/1 > A/RES/3/7", "A/RES/3/7 > A/RES/1/1"), compared);
    }

    @Test
    void aBadFileIsReportedAndTheLibraryStays() {
        MainViewModel vm = viewModel(fixed());
        vm.load(null, null);
        Library before = vm.libraryProperty().get();
        vm.addTexts(List.of(Path.of("bad.txt")));
        assertEquals(List.of("Could not read a text: bad.txt: not a General Assembly text"), errors);
        assertEquals(before, vm.libraryProperty().get());
        assertNull(vm.leftProperty().get());
    }

    @Test
    void failedExportSaysWhyInOneLine() {
        MainViewModel vm = viewModel(fixed());
        vm.load(Path.of("/lib/a.txt"), Path.of("/lib/b.txt"));
        vm.exportPdf(config.resolve("out.pdf"), () -> { });
        assertEquals(List.of("Could not write the PDF: disk full"), errors);
        assertEquals("PDF not written", vm.statusProperty().get());
    }

    @Test
    void exportWithNothingPickedExplains() {
        MainViewModel vm = viewModel(fixed());
        vm.exportPdf(config.resolve("out.pdf"), () -> { });
        assertEquals(List.of("Nothing to export: Pick a left and a right text first."), errors);
    }

    /** Issue 14: closing the window while the texts were still loading forgot the remembered pair. */
    @Test
    void closingDuringLoadStillRemembersThePair() {
        List<Runnable> neverRun = new ArrayList<>();
        org.clausewise.ui.background.BackgroundExecutor stuck = new org.clausewise.ui.background.BackgroundExecutor() {
            @Override
            public <T> void submit(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                   java.util.function.Consumer<Throwable> onFailure) {
                neverRun.add(() -> { });
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }
        };
        AppServices services = new AppServices(fixed(), p -> made.left(), (l, r) -> made, (c, out, o) -> { },
                stuck, new SettingsStore(config));
        MainViewModel vm = new MainViewModel(services);
        vm.load(Path.of("/lib/a.txt"), Path.of("/lib/b.txt"));
        assertEquals(1, neverRun.size(), "still loading");
        assertEquals(List.of(Path.of("/lib/a.txt"), Path.of("/lib/b.txt")), vm.pairToRemember());
    }

    @Test
    void aLibraryListThatCannotBeReadIsReportedAndStartedAfresh() {
        List<String> startedAfresh = new ArrayList<>();
        LibraryService unreadable = new LibraryService() {
            @Override
            public Library load(DoubleConsumer progress) throws IOException {
                return fixed().load(progress);
            }

            @Override
            public AddResult add(List<Path> paths) throws IOException {
                return fixed().add(paths);
            }

            @Override
            public String problem() {
                return startedAfresh.isEmpty() ? "permission denied" : null;
            }

            @Override
            public Path listFile() {
                return Path.of("/config/library.txt");
            }

            @Override
            public Path startAfresh() {
                startedAfresh.add("yes");
                return Path.of("/config/library.txt.bak-20261204-101500");
            }
        };
        MainViewModel vm = viewModel(unreadable);
        vm.load(null, null);
        assertEquals(1, vm.problems().size());
        assertTrue(vm.problems().get(0).message().startsWith("Your library list cannot be read (permission denied): "),
                vm.problems().get(0).message());
        vm.startAfresh(vm.problems().get(0));
        assertEquals(List.of("yes"), startedAfresh);
        assertTrue(vm.problems().isEmpty());
        assertEquals("Started afresh; the old file is kept as library.txt.bak-20261204-101500", vm.statusProperty().get());
    }
}
