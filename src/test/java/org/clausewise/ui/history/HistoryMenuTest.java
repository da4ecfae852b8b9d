package org.clausewise.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.Series;
import org.clausewise.model.ClauseRow;
import org.clausewise.ui.AppServices;
import org.clausewise.ui.MainWindow;
import org.clausewise.ui.background.DirectExecutor;
import org.clausewise.ui.library.AddResult;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.LibraryService;
import org.clausewise.ui.library.SeriesTimeline;
import org.clausewise.ui.settings.Settings;
import org.clausewise.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View → Clause History and View → Series Overview in the main window, on the corpus's
 * "Enhancement" series: the 67th-session draft on the left, the adopted text on the right.
 */
class HistoryMenuTest extends ApplicationTest {
    @TempDir
    static Path config;

    private MainWindow window;
    private LibraryEntry draft;
    private LibraryEntry adopted;

    @Override
    public void start(Stage stage) {
        Series series = EnhancementSeries.series();
        List<LibraryEntry> texts = new ArrayList<>();
        for (CorpusEntry e : series.timeline()) {
            texts.add(new LibraryEntry(e.source(), e.resolution()));
        }
        draft = texts.get(2);
        adopted = texts.get(3);
        Library library = new Library(List.of(new SeriesTimeline(series.title(),
                texts.stream().filter(t -> !t.isDraft()).toList(), List.of(draft))), List.of());
        LibraryService service = new LibraryService() {
            @Override
            public Library load(java.util.function.DoubleConsumer progress) {
                return library;
            }

            @Override
            public AddResult add(List<Path> paths) {
                return new AddResult(library, 0, List.of());
            }
        };
        ResolutionComparer engine = new ResolutionComparer();
        AppServices services = new AppServices(service, p -> draft.resolution(), engine::compare,
                (c, out, o) -> { }, new DirectExecutor(), new SettingsStore(config));
        window = new MainWindow(services, Settings.defaults().withWindow(0, 0, 1200, 760, false));
        window.show(stage);
        window.viewModel().leftProperty().set(draft);
        window.viewModel().rightProperty().set(adopted);
    }

    @Test
    void clauseHistoryOpensForTheViewersCurrentClause() throws Exception {
        ClauseRow op12 = window.viewModel().viewer().comparisonProperty().get().operative().stream()
                .filter(r -> r.right() != null && r.right().number() == 12).findFirst().orElseThrow();
        interact(() -> {
            window.viewModel().viewer().goTo(op12);
            menuItem("Clause _History").fire();
        });
        ClauseHistoryView view = waitForWindowShowing(ClauseHistoryView.class);
        assertEquals("Recalls", view.model().history().at(3).orElseThrow().clause().leadingWord());
        assertEquals(2, view.model().history().firstAppearance().position(), "came in with the draft");
        FxToolkit.cleanupStages();
    }

    @Test
    void seriesOverviewOpensAndItsHeadingsPickThePairInTheMainWindow() throws Exception {
        interact(() -> menuItem("Series _Overview").fire());
        SeriesOverviewView view = waitForWindowShowing(SeriesOverviewView.class);
        assertEquals(5, view.model().columns().size());
        interact(() -> view.model().openComparison(4));
        assertEquals("A/RES/67/169", window.viewModel().leftProperty().get().resolution().symbol());
        assertEquals("A/RES/69/179", window.viewModel().rightProperty().get().resolution().symbol());
        FxToolkit.cleanupStages();
    }

    private MenuItem menuItem(String text) {
        return window.viewMenu().getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    private static <T> T waitForWindowShowing(Class<T> rootType) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> find(rootType).isPresent()).get());
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> find(rootType)).get().orElseThrow();
    }

    private static <T> Optional<T> find(Class<T> rootType) {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null && rootType.isInstance(w.getScene().getRoot())) {
                return Optional.of(rootType.cast(w.getScene().getRoot()));
            }
        }
        return Optional.empty();
    }
}
