package org.clausewise.ui;

import org.clausewise.ui.keys.Shortcut;

import java.util.List;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.clausewise.corpus.search.ClauseHit;
import org.clausewise.corpus.search.IndexFolders;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.ui.background.BackgroundExecutor;
import org.clausewise.ui.background.FxBackgroundExecutor;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.search.HitComparison;
import org.clausewise.ui.search.LibrarySearch;
import org.clausewise.ui.search.SearchView;
import org.clausewise.ui.search.SearchViewModel;

/**
 * Edit → Search the Corpus… (Ctrl+Shift+F) in the main window: opens the search window (one,
 * reused; Escape closes it) and opens a clicked hit in the main viewer, as {@link HitComparison}
 * chooses, scrolled to the clause. The library's index is made or brought up to date in the
 * background when the search window first opens, and after that whenever the library changes.
 * It sits beside the main window, as {@link HistoryActions} does, so that {@code ui.search} (the
 * search window itself) never depends back on {@code ui}.
 */
public final class SearchActions {
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final MainWindow window;
    private final MainViewModel vm;
    private final BackgroundExecutor executor;
    private final LibrarySearch search;
    private final SearchViewModel model;
    private Stage stage;

    SearchActions(MainWindow window, BackgroundExecutor executor, LibrarySearch search) {
        this.window = window;
        this.vm = window.viewModel();
        this.executor = executor;
        this.search = search;
        this.model = new SearchViewModel(executor, search, () -> vm.libraryProperty().get());
        model.setOnOpen(this::openInComparison);
        vm.libraryProperty().addListener((obs, old, now) -> {
            if (stage != null) {
                prepare();
            }
        });
    }

    /** Adds the menu item to the main window's Edit menu; the one call the main window makes. */
    public static SearchActions install(MainWindow window) {
        FxBackgroundExecutor own = new FxBackgroundExecutor(); // searches never wait behind a comparison
        return install(window, own, LibrarySearch.inFolder(IndexFolders.library()));
    }

    public static SearchActions install(MainWindow window, BackgroundExecutor executor, LibrarySearch search) {
        SearchActions actions = new SearchActions(window, executor, search);
        // one list of shortcuts: the key works wherever the focus is, and the F1 table lists it
        window.shortcuts().bind(Shortcut.SEARCH_CORPUS, actions::open);
        MenuItem item = window.shortcuts().menuItem("_Search the Corpus\u2026", Shortcut.SEARCH_CORPUS);
        window.editMenu().getItems().add(item);
        window.scene().windowProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> actions.close());
            }
        });
        return actions;
    }

    /** Shows the search window (made the first time), the phrase field focused and selected. */
    public void open() {
        if (stage == null) {
            stage = makeStage();
            prepare();
        }
        stage.show();
        stage.toFront();
        SearchView view = (SearchView) stage.getScene().getRoot();
        view.phraseField().requestFocus();
        view.phraseField().selectAll();
    }

    private Stage makeStage() {
        SearchView view = new SearchView(model);
        Scene scene = new Scene(view, 820, 720);
        scene.getStylesheets().setAll(window.scene().getStylesheets());
        // the theme may change while the window is open: follow the main window's style sheets
        window.scene().getStylesheets().addListener((javafx.collections.ListChangeListener<String>) c ->
                scene.getStylesheets().setAll(window.scene().getStylesheets()));
        Stage s = new Stage();
        Window owner = window.scene().getWindow();
        if (owner instanceof Stage o) {
            s.initOwner(o);
            s.getIcons().setAll(o.getIcons());
        }
        s.setTitle("Search the corpus \u2014 Clausewise");
        s.setScene(scene);
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                s.hide();
                e.consume();
            }
        });
        return s;
    }

    /** Indexes the library's texts in the background, so that the search finds the index ready. */
    private void prepare() {
        Library library = vm.libraryProperty().get();
        executor.submit(() -> search.sync(library), report -> { }, error -> { });
    }

    /** Opens the hit's clause in the main viewer and says in the status bar what is compared. */
    public void openInComparison(ClauseHit hit) {
        Optional<HitComparison> pair = HitComparison.of(vm.libraryProperty().get(), hit);
        if (pair.isEmpty()) {
            vm.statusProperty().set(hit.text().displayName() + " is no longer in the library");
            return;
        }
        HitComparison c = pair.get();
        Comparison now = vm.viewer().comparisonProperty().get();
        if (now != null && c.left().holds(now.left()) && c.right().holds(now.right())) {
            goTo(c, now);
        } else {
            ChangeListener<Comparison> once = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Comparison> obs, Comparison old,
                                    Comparison loaded) {
                    if (loaded != null && c.left().holds(loaded.left()) && c.right().holds(loaded.right())) {
                        vm.viewer().comparisonProperty().removeListener(this);
                        goTo(c, loaded);
                    }
                }
            };
            vm.viewer().comparisonProperty().addListener(once);
            vm.leftProperty().set(null); // pick both before comparing once
            vm.rightProperty().set(c.right());
            vm.leftProperty().set(c.left());
        }
        if (window.scene().getWindow() instanceof Stage main) {
            main.toFront();
        }
    }

    private void goTo(HitComparison c, Comparison comparison) {
        List<ClauseRow> rows = vm.viewer().visibleRows();
        for (ClauseRow row : rows) {
            var clause = c.hitOnRight() ? row.right() : row.left();
            if (clause != null && clause.label().equalsIgnoreCase(c.label())) {
                vm.viewer().goTo(row);
                break;
            }
        }
        // after the main window's own "compared: n modified…" line, which follows a new comparison
        javafx.application.Platform.runLater(() -> vm.statusProperty().set(c.why()));
    }

    /** With the main window: the search window goes, and the index is closed (it was only opened if used). */
    private void close() {
        if (stage == null) {
            return;
        }
        stage.hide();
        executor.submit(() -> {
            search.close();
            return null;
        }, done -> { }, error -> { });
    }

    public SearchViewModel model() {
        return model;
    }

    /** The search window, once opened (tests look inside). */
    public Stage stage() {
        return stage;
    }

}
