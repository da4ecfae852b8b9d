package org.clausewise.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.clausewise.lineage.ClauseHistory;
import org.clausewise.lineage.LineageBuilder;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;
import org.clausewise.ui.keys.Shortcut;
import org.clausewise.ui.keys.ShortcutKeys;
import org.clausewise.ui.history.HistoryWindows;
import org.clausewise.ui.history.SeriesLineages;
import org.clausewise.ui.library.LibraryEntry;

/**
 * The history screens' entry points in the main window's View menu: Clause History (Ctrl+H) for
 * the clause of the viewer's current row, Series Overview (Ctrl+Shift+H) for the series of the
 * picked texts. The series' histories are built off the FX thread.
 */
public final class HistoryActions {
    private final MainWindow window;
    private final MainViewModel vm;
    private final SeriesLineages lineages = new SeriesLineages(new LineageBuilder());
    private HistoryWindows windows;

    private HistoryActions(MainWindow window) {
        this.window = window;
        this.vm = window.viewModel();
    }

    /** Adds the menu items to the window; the one call the main window makes. */
    public static HistoryActions install(MainWindow window) {
        HistoryActions actions = new HistoryActions(window);
        ShortcutKeys keys = window.shortcuts();
        keys.bind(Shortcut.CLAUSE_HISTORY, actions::openCurrentClauseHistory);
        keys.bind(Shortcut.SERIES_OVERVIEW, actions::openSeriesOverview);
        MenuItem history = keys.menuItem("Clause _History", Shortcut.CLAUSE_HISTORY);
        MenuItem overview = keys.menuItem("Series _Overview", Shortcut.SERIES_OVERVIEW);
        window.viewMenu().getItems().addAll(new SeparatorMenuItem(), history, overview);
        return actions;
    }

    /** The history of the clause on the viewer's current row (its right side, else its left). */
    public void openCurrentClauseHistory() {
        Comparison comparison = vm.viewer().comparisonProperty().get();
        ClauseRow row = vm.viewer().currentRowValue();
        if (comparison == null || row == null) {
            inform("Pick a clause first", "Click a clause in the viewer (or go to a change with F7), then open its history.");
            return;
        }
        boolean right = row.right() != null;
        Resolution text = right ? comparison.right() : comparison.left();
        Clause clause = right ? row.right() : row.left();
        withSeries(text, found -> {
            Optional<ClauseHistory> history = found.lineage().historyOf(text, clause);
            if (history.isPresent()) {
                windows().showHistory(history.get(), found.title());
            } else {
                inform("No history", clause.label() + " of " + text.displayName() + " is not in its series' texts.");
            }
        });
    }

    /** The overview of the series of the right text (else the left one). */
    public void openSeriesOverview() {
        LibraryEntry picked = vm.rightProperty().get() != null ? vm.rightProperty().get() : vm.leftProperty().get();
        if (picked == null) {
            inform("Pick a text first", "Pick a text in the sidebar; the overview shows its whole series.");
            return;
        }
        withSeries(picked.resolution(), found -> windows().showOverview(found.lineage(), found.title()));
    }

    private void withSeries(Resolution text, Consumer<SeriesLineages.Found> then) {
        List<LibraryEntry> library = vm.libraryProperty().get().entries();
        String status = vm.statusProperty().get();
        vm.statusProperty().set("Following clauses through the series of " + text.displayName() + "\u2026");
        CompletableFuture.supplyAsync(() -> lineages.seriesOf(library, text)).whenComplete((found, error) ->
                Platform.runLater(() -> {
                    vm.statusProperty().set(status);
                    if (error != null) {
                        String m = error.getCause() != null ? error.getCause().getMessage() : error.getMessage();
                        inform("Could not follow the clauses", m == null ? "The histories could not be built." : m);
                    } else if (found.isEmpty()) {
                        inform("Not in the library", text.displayName() + " is not in the library any more.");
                    } else {
                        then.accept(found.get());
                    }
                }));
    }

    /** Shows a pair from the overview in the main viewer, as if picked in the sidebar. */
    private void openComparison(Resolution left, Resolution right) {
        List<LibraryEntry> entries = vm.libraryProperty().get().entries();
        Optional<LibraryEntry> l = entries.stream().filter(e -> e.holds(left)).findFirst();
        Optional<LibraryEntry> r = entries.stream().filter(e -> e.holds(right)).findFirst();
        if (l.isEmpty() || r.isEmpty()) {
            inform("Not in the library", "One of the two texts is no longer in the library.");
            return;
        }
        vm.leftProperty().set(l.get());
        vm.rightProperty().set(r.get());
        Window owner = owner();
        if (owner instanceof javafx.stage.Stage stage) {
            stage.toFront();
        }
    }

    private HistoryWindows windows() {
        if (windows == null) {
            windows = new HistoryWindows(owner(), this::openComparison);
        }
        return windows;
    }

    private Window owner() {
        return window.scene().getWindow();
    }

    private void inform(String title, String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message);
        a.setTitle(title);
        a.setHeaderText(title);
        if (owner() != null) {
            a.initOwner(owner());
        }
        a.getDialogPane().getStylesheets().setAll(window.scene().getStylesheets());
        a.show();
    }
}
