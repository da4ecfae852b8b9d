package org.clausewise.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewise.present.MadeUpPair;
import org.clausewise.present.Side;
import org.clausewise.ui.keys.Shortcut;
import org.clausewise.ui.keys.ShortcutKeys;
import org.clausewise.ui.keys.ShortcutTable;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.SeriesTimeline;
import org.clausewise.ui.settings.Settings;
import org.clausewise.ui.viewer.RowCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The keyboard, as a person uses it: every window shortcut is sent from every place the focus can
 * be (the sidebar filter, where it starts; the library tree; the viewer; the change list; the find
 * field) and must do its action exactly once. Then what some keys do: find steps "1 of n" forward
 * and back, F1 shows a table of keys and actions, Escape closes dialogs and secondary windows.
 */
class KeyboardTest extends ApplicationTest {
    @TempDir
    static Path config;

    private MainWindow window;
    private final LibraryEntry left = new LibraryEntry(Path.of("made-up-1.txt"), MadeUpPair.left());
    private final LibraryEntry right = new LibraryEntry(Path.of("made-up-2.txt"), MadeUpPair.right());

    @Override
    public void start(Stage stage) {
        Library library = new Library(List.of(new SeriesTimeline("Made-up cooperation", List.of(left, right),
                List.of())), List.of());
        AppServices services = TestServices.fixed(library, left.resolution(), config);
        window = new MainWindow(services, Settings.defaults().withWindow(0, 0, 1280, 780, false));
        window.show(stage);
        window.viewModel().leftProperty().set(left);
        window.viewModel().rightProperty().set(right);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** The places the focus can be, each with the node that must hold it. */
    private Map<String, Supplier<Node>> focusOwners() {
        Map<String, Supplier<Node>> owners = new LinkedHashMap<>();
        owners.put("sidebar filter", () -> window.sidebar().filterBox());
        owners.put("library tree", () -> window.sidebar().tree());
        owners.put("viewer", () -> window.viewer().cells().get(0).area(Side.RIGHT));
        owners.put("change list", () -> window.changes().list());
        owners.put("find field", () -> {
            window.showFind();
            return window.findField();
        });
        return owners;
    }

    @Test
    void everyWindowShortcutWorksOnceFromEveryFocusOwner() {
        ShortcutKeys keys = window.shortcuts();
        Map<Shortcut, Integer> runs = new EnumMap<>(Shortcut.class);
        List<Shortcut> bound = new ArrayList<>();
        for (Shortcut s : Shortcut.values()) {
            if (keys.isBound(s)) {
                bound.add(s);
                // count instead of acting: Quit must not quit, F1 must not open a dialog
                interact(() -> keys.bind(s, () -> runs.merge(s, 1, Integer::sum)));
            }
        }
        assertTrue(bound.containsAll(List.of(Shortcut.CLAUSE_HISTORY, Shortcut.SERIES_OVERVIEW, Shortcut.FIND_PREVIOUS,
                Shortcut.LIBRARY_PANEL, Shortcut.CHANGE_PANEL)), "bound: " + bound);
        boolean onlyChanges = window.viewModel().viewer().onlyChangesProperty().get();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Supplier<Node>> owner : focusOwners().entrySet()) {
            for (Shortcut s : bound) {
                for (KeyCombination k : s.keys()) {
                    Node[] held = new Node[1];
                    interact(() -> {
                        held[0] = owner.getValue().get();
                        held[0].requestFocus();
                    });
                    Node target = held[0];
                    WaitForAsyncUtils.waitForFxEvents();
                    Node focused = window.scene().getFocusOwner();
                    if (focused != target) {
                        failures.add(owner.getKey() + ": could not take the focus (" + focused + ")");
                        continue;
                    }
                    int before = runs.getOrDefault(s, 0);
                    push((javafx.scene.input.KeyCodeCombination) k);
                    WaitForAsyncUtils.waitForFxEvents();
                    int times = runs.getOrDefault(s, 0) - before;
                    if (times != 1) {
                        failures.add(k.getDisplayText() + " from the " + owner.getKey() + ": ran " + times + " times");
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(onlyChanges, window.viewModel().viewer().onlyChangesProperty().get(),
                "a menu accelerator did not also flip the setting");
    }

    @Test
    void findShowsWhereTheMatchStandsAndGoesBothWays() {
        interact(() -> window.showFind());
        WaitForAsyncUtils.waitForFxEvents();
        write("the");
        FindViewModel find = window.find();
        int n = find.count();
        assertTrue(n >= 3, "matches of 'the': " + n);
        assertEquals(n + " matches", lookup("#find-position").queryAs(Label.class).getText());
        type(KeyCode.ENTER);
        assertEquals("1 of " + n, lookup("#find-position").queryAs(Label.class).getText());
        assertSame(window.findField(), window.scene().getFocusOwner(), "the focus stays in the field");
        type(KeyCode.ENTER);
        assertEquals("2 of " + n, find.positionProperty().get());
        press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        assertEquals("1 of " + n, find.positionProperty().get());
        press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        assertEquals(n + " of " + n, find.positionProperty().get(), "back from the first wraps to the last");
        type(KeyCode.F3);
        assertEquals("1 of " + n, find.positionProperty().get());
        assertEquals(find.currentMatch().row(), window.viewModel().viewer().currentRowProperty().get(),
                "the match's row is the current row");
        type(KeyCode.ESCAPE);
        assertFalse(window.findField().getParent().isVisible(), "Escape closes the find bar");
        interact(() -> window.showFind());
        interact(() -> window.changes().list().requestFocus());
        type(KeyCode.ESCAPE);
        assertFalse(window.findField().getParent().isVisible(), "from anywhere in the window");
    }

    @Test
    void f1ShowsATableOfKeysAndActionsThatEscapeCloses() throws Exception {
        interact(() -> window.sidebar().filterBox().requestFocus());
        type(KeyCode.F1);
        Window table = waitForSecondWindow();
        GridPane grid = (GridPane) table.getScene().lookup("." + ShortcutTable.TABLE);
        List<String> keys = grid.getChildren().stream().filter(c -> c.getStyleClass().contains(ShortcutTable.KEYS))
                .map(c -> ((Label) c).getText()).toList();
        List<String> actions = grid.getChildren().stream().filter(c -> c.getStyleClass().contains(ShortcutTable.ACTION))
                .map(c -> ((Label) c).getText()).toList();
        assertEquals(keys.size(), actions.size(), "two columns");
        assertTrue(keys.contains("F7 or Alt+Down"), keys.toString());
        assertTrue(keys.contains("Ctrl++ or Ctrl+="), keys.toString());
        assertTrue(actions.contains("History of the current clause"), actions.toString());
        assertTrue(actions.stream().noneMatch(a -> a.contains("\t") || a.startsWith("Ctrl")), "keys apart from actions");
        FxTestSupport.saveSnapshot(table.getScene(), "shortcut-table");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(table.isShowing(), "Escape closes the table");
    }

    @Test
    void escapeClosesAMessageDialogAndASecondaryWindow() throws Exception {
        interact(() -> window.showError("Could not write the PDF", "the disk is full"));
        Window dialog = waitForSecondWindow();
        assertTrue(dialog.getScene().getRoot() instanceof javafx.scene.control.DialogPane);
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog.isShowing(), "Escape closes a message");

        interact(() -> {
            Stage other = new Stage();
            other.initOwner(window.scene().getWindow());
            other.setScene(new javafx.scene.Scene(new Label("a secondary window"), 300, 200));
            other.show();
        });
        Window other = waitForSecondWindow();
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(other.isShowing(), "Escape closes any window opened after the main one");
        assertTrue(window.scene().getWindow().isShowing(), "but never the main window");
        type(KeyCode.ESCAPE);
        assertTrue(window.scene().getWindow().isShowing());
    }

    @Test
    void copyClauseConfirmsInTheStatusBar() {
        RowCell first = window.viewer().cells().get(0);
        interact(() -> window.viewModel().viewer().goTo(first.row()));
        interact(() -> window.sidebar().filterBox().requestFocus());
        push(new javafx.scene.input.KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        assertEquals("Copied " + first.presented().label() + " of A/RES/2/2",
                window.viewModel().statusProperty().get());
    }

    private Window waitForSecondWindow() throws Exception {
        Window main = window.scene().getWindow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> Window.getWindows().stream().anyMatch(w -> w != main && w.isShowing() && w instanceof Stage)).get());
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w != main && w.isShowing() && w instanceof Stage).findFirst().orElseThrow()).get();
    }
}
