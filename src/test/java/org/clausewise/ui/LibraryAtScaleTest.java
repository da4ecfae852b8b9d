package org.clausewise.ui;

import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.ui.background.DirectExecutor;
import org.clausewise.ui.library.AddResult;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.LibraryService;
import org.clausewise.ui.library.LoadStatus;
import org.clausewise.ui.library.SeriesTimeline;
import org.clausewise.ui.settings.SettingsStore;
import org.clausewise.ui.sidebar.TimelineViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library as the window shows it at scale: filters by session, Committee and kind with counts,
 * the first comparison of two sessions of one series, the warning for two series, a load that stops.
 */
class LibraryAtScaleTest {
    @TempDir
    Path config;

    private static LibraryEntry text(String symbol, int session, ResolutionKind kind, String title) {
        Resolution r = new Resolution(symbol, session, kind, title, LocalDate.of(1945 + session, 12, 1), List.of(),
                List.of(), List.of(), List.of(), symbol);
        return new LibraryEntry(Path.of("/lib", symbol.replace('/', '_') + ".txt"), r);
    }

    private final LibraryEntry water78 = text("A/RES/78/5", 78, ResolutionKind.RESOLUTION, "Made-up water");
    private final LibraryEntry water79 = text("A/RES/79/6", 79, ResolutionKind.RESOLUTION, "Made-up water");
    private final LibraryEntry waterDraft = text("A/C.3/80/L.7", 80, ResolutionKind.DRAFT, "Made-up water");
    private final LibraryEntry day79a = text("A/RES/79/7", 79, ResolutionKind.RESOLUTION, "Made-up day");
    private final LibraryEntry day79b = text("A/RES/79/8", 79, ResolutionKind.RESOLUTION, "Made-up day");
    private final Library library = new Library(List.of(
            new SeriesTimeline("Made-up day", List.of(day79a, day79b), List.of()),
            new SeriesTimeline("Made-up water", List.of(water78, water79), List.of(waterDraft))), List.of());

    @Test
    void filtersNarrowBySessionCommitteeAndKindAndTheCountsSaySo() {
        TimelineViewModel vm = new TimelineViewModel();
        vm.libraryProperty().set(library);
        assertEquals("5 texts in 2 series", vm.countsProperty().get());
        assertEquals(List.of(80, 79, 78), vm.choicesProperty().get().sessions());
        assertEquals(List.of("Third Committee"), vm.choicesProperty().get().committees());
        vm.sessionProperty().set(79);
        assertEquals("3 texts in 2 series (of 5)", vm.countsProperty().get());
        vm.sessionProperty().set(null);
        vm.kindProperty().set(ResolutionKind.DRAFT);
        assertEquals(List.of(waterDraft), vm.shownProperty().get().get(0).drafts());
        assertEquals("1 text in 1 series (of 5)", vm.countsProperty().get());
        vm.kindProperty().set(null);
        vm.committeeProperty().set("Third Committee");
        assertEquals(1, vm.shownProperty().get().size());
        vm.clearFilters();
        vm.filterProperty().set("water 79th");
        assertEquals(List.of(water79), vm.shownProperty().get().get(0).adopted());
    }

    @Test
    void theFirstComparisonIsOfTwoSessionsOfOneSeries() {
        assertEquals(List.of(water78, water79), library.newestPair().orElseThrow(),
                "the first series has two texts of one session only: not a comparison of two sessions");
    }

    private MainViewModel viewModel(LibraryService service) {
        Comparison made = MadeUpTexts.comparison();
        AppServices services = new AppServices(service, p -> made.left(), (l, r) -> made, (c, out, o) -> { },
                new DirectExecutor(), new SettingsStore(config));
        return new MainViewModel(services);
    }

    private LibraryService fixed(List<LoadStatus> seen) {
        return new LibraryService() {
            @Override
            public Library load(DoubleConsumer progress) {
                return library;
            }

            @Override
            public Library load(Consumer<LoadStatus> progress, BooleanSupplier cancelled) {
                for (int i = 1; i <= 3; i++) {
                    progress.accept(new LoadStatus(i, 3));
                    seen.add(new LoadStatus(i, 3));
                }
                return library;
            }

            @Override
            public AddResult add(List<Path> paths) {
                return new AddResult(library, 0, List.of());
            }
        };
    }

    @Test
    void comparingTwoSeriesWarnsAndOneSeriesDoesNot() {
        MainViewModel vm = viewModel(fixed(new ArrayList<>()));
        vm.load(null, null, true);
        assertEquals(water78, vm.leftProperty().get());
        assertEquals("", vm.differentSeriesProperty().get());
        vm.rightProperty().set(day79a);
        assertTrue(vm.differentSeriesProperty().get().startsWith("Different series: A/RES/78/5 is \u201CMade-up water\u201D"),
                vm.differentSeriesProperty().get());
        vm.rightProperty().set(waterDraft);
        assertEquals("", vm.differentSeriesProperty().get());
    }

    @Test
    void loadingReportsHowFarItGotAndEndsNotLoading() {
        List<LoadStatus> seen = new ArrayList<>();
        MainViewModel vm = viewModel(fixed(seen));
        vm.load(null, null, false);
        assertEquals(3, seen.size());
        assertEquals(false, vm.loadingProperty().get());
        assertEquals("5 texts in 2 series", vm.statusProperty().get());
        assertEquals("Reading texts: 2 of 3", seen.get(1).describe());
    }
}
