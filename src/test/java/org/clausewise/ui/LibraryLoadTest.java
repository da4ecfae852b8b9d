package org.clausewise.ui;

import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.UserLibrary;
import org.clausewise.ui.background.DirectExecutor;
import org.clausewise.ui.library.AddResult;
import org.clausewise.ui.library.CorpusLibraryService;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.LibraryService;
import org.clausewise.ui.library.LoadStatus;
import org.clausewise.ui.library.SeriesTimeline;
import org.clausewise.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While a long load runs the sidebar fills in with the texts read so far, and a problem with the
 * saved index of parsed texts is told in the window (a notice, not a dialog), not only on stderr.
 */
class LibraryLoadTest {
    @TempDir
    Path dir;

    private final List<String> dialogs = new ArrayList<>();

    private MainViewModel viewModel(LibraryService library) {
        AppServices services = new AppServices(library, p -> MadeUpTexts.comparison().left(),
                (l, r) -> MadeUpTexts.comparison(), (c, out, o) -> { }, new DirectExecutor(), new SettingsStore(dir));
        MainViewModel vm = new MainViewModel(services);
        vm.setErrorSink((title, message) -> dialogs.add(title));
        return vm;
    }

    private static Library libraryOf(LibraryEntry... entries) {
        return new Library(List.of(new SeriesTimeline("Made-up", List.of(entries), List.of())), List.of());
    }

    /** Reads two texts, telling the window after the first; the index had to be rebuilt. */
    private static final class SlowLibrary implements LibraryService {
        final LibraryEntry a = new LibraryEntry(Path.of("/lib/a.txt"), MadeUpTexts.comparison().left());
        final LibraryEntry b = new LibraryEntry(Path.of("/lib/b.txt"), MadeUpTexts.comparison().right());

        @Override
        public Library load(DoubleConsumer progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Library load(Consumer<LoadStatus> progress, BooleanSupplier cancelled) {
            progress.accept(new LoadStatus(1, 2, libraryOf(a)));
            return libraryOf(a, b);
        }

        @Override
        public AddResult add(List<Path> paths) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String indexProblem() {
            return "the cached index was damaged; it is rebuilt";
        }
    }

    @Test
    void theSidebarFillsInWhileTheLoadRunsAndAnIndexProblemIsANoticeNotADialog() {
        MainViewModel vm = viewModel(new SlowLibrary());
        List<String> seen = new ArrayList<>();
        vm.libraryProperty().addListener((obs, old, now) ->
                seen.add(now.textCount() + (vm.loadingProperty().get() ? " while loading" : " loaded")));
        vm.load(null, null);

        assertEquals(List.of("1 while loading", "2 loaded"), seen);
        Notice index = vm.notices().find(LibraryNotices.INDEX).orElseThrow();
        assertTrue(index.message().contains("the cached index was damaged; it is rebuilt"), index.message());
        assertTrue(index.message().contains("not affected"), index.message());
        assertTrue(dialogs.isEmpty(), "a rebuild that worked needs no dialog: " + dialogs);
    }

    @Test
    void theRealLoaderGivesTheTextsReadSoFarBeforeItEnds() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mine"));
        for (String f : List.of("A-RES-61-168.txt", "A-RES-65-218.txt", "A-RES-67-169.txt", "A-RES-69-179.txt")) {
            Files.copy(Path.of("corpus", f), folder.resolve(f));
        }
        CorpusLibraryService service = new CorpusLibraryService(new CorpusLoader(), folder,
                new UserLibrary(dir.resolve("library.txt")));
        List<Integer> partial = new ArrayList<>();
        Library whole = service.load(p -> {
            if (p.soFar() != null) {
                partial.add(p.soFar().textCount());
            }
        }, () -> false);
        assertEquals(4, whole.textCount());
        assertFalse(partial.isEmpty(), "the sidebar is given something before the end");
        assertTrue(partial.stream().allMatch(n -> n >= 1 && n < 4), partial.toString());
    }
}
