package org.clausewise.ui;

import org.clausewise.ui.keys.Shortcut;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clausewise.compare.ThreeWayComparer;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.present.ViewOptions;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.sidebar.EntryAction;
import org.clausewise.ui.threeway.ThreeTexts;
import org.clausewise.ui.threeway.ThreeTextsDialog;
import org.clausewise.ui.threeway.ThreeWayWindow;

/**
 * The negotiation view's entry points in the main window: View → Compare Three Texts… (Ctrl+T),
 * and on a draft in the timeline the context item "Compare with last session's resolution and
 * with the adopted text" when its series has both. The three texts are compared off the FX thread.
 * It lives in ui, as HistoryActions does, so ui.threeway never reaches back into the main window.
 */
public final class ThreeWayActions {
    /** The timeline's words for a draft's context item. */
    public static final String DRAFT_ACTION = "Compare with last session's resolution and with the adopted text";

    private final MainWindow window;
    private final MainViewModel vm;
    private final ThreeWayComparer comparer = new ThreeWayComparer();
    private ThreeWayWindow last;

    private ThreeWayActions(MainWindow window) {
        this.window = window;
        this.vm = window.viewModel();
    }

    /** Adds the menu item and the timeline's context item; the one call the main window makes. */
    public static ThreeWayActions install(MainWindow window) {
        ThreeWayActions actions = new ThreeWayActions(window);
        window.shortcuts().bind(Shortcut.THREE_TEXTS, actions::chooseAndOpen);
        MenuItem item = window.shortcuts().menuItem("Compare _Three Texts\u2026", Shortcut.THREE_TEXTS);
        window.viewMenu().getItems().add(item);
        // a draft's context menu: enabled when its series has last session's resolution and the adopted text
        window.sidebar().addEntryActions(entry -> !entry.isDraft() ? Optional.empty()
                : Optional.of(new EntryAction(DRAFT_ACTION, ThreeTexts.forDraft(actions.vm.libraryProperty().get(), entry)
                        .<Runnable>map(texts -> () -> actions.open(texts)).orElse(null))));
        return actions;
    }

    /** The dialog, filled with the triple of a picked draft when there is one. */
    public void chooseAndOpen() {
        Optional<ThreeTexts> first = ThreeTexts.guess(vm.libraryProperty().get(),
                Arrays.asList(vm.leftProperty().get(), vm.rightProperty().get()));
        ThreeTextsDialog.choose(window.scene().getWindow(), window.scene().getStylesheets(), vm.libraryProperty().get(),
                first).ifPresent(this::open);
    }

    /** Compares the three in the background and opens the window, with the main window's toggles. */
    public void open(ThreeTexts texts) {
        ViewOptions options = new ViewOptions(vm.viewer().onlyChangesProperty().get(),
                vm.viewer().showEditorialProperty().get());
        List<LibraryEntry> three = List.of(texts.previous(), texts.draft(), texts.adopted());
        window.services().executor().submit(
                () -> comparer.compare(three.get(0).resolution(), three.get(1).resolution(), three.get(2).resolution()),
                (ThreeWayComparison c) -> {
                    last = new ThreeWayWindow(c, options, window.scene().getWindow(), window.scene().getStylesheets(),
                            window.services().executor(), three.stream().map(LibraryEntry::source).toList(),
                            (owner, name) -> FileDialogs.choosePdf(owner, name).map(ExportNames::withPdfExtension));
                    last.show();
                },
                error -> {
                    Alert a = new Alert(Alert.AlertType.ERROR, error.getMessage() == null
                            ? "The three texts could not be compared." : error.getMessage());
                    a.setHeaderText("Could not compare the three texts");
                    a.initOwner(window.scene().getWindow());
                    a.show();
                });
    }

    /** The window opened last, for tests. */
    public Optional<ThreeWayWindow> lastWindow() {
        return Optional.ofNullable(last);
    }
}
