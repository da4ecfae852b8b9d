package org.clausewise.ui;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clausewise.ui.theme.Theme;
import org.clausewise.ui.viewer.ViewerViewModel;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * The menu bar: every action of the window with its shortcut, so the keyboard reaches all of it.
 * Second shortcuts for the same action (Alt+Down beside F7, Ctrl+= beside Ctrl++) are scene
 * accelerators, as a menu item holds only one.
 */
final class AppMenus {
    private final MenuBar bar = new MenuBar();
    private final Menu view;
    private final Menu edit;
    private final Menu file;

    AppMenus(MainWindow window, ViewerViewModel viewer) {
        file = new Menu("_File", null,
                item("_Open Texts\u2026", key(KeyCode.O, SHORTCUT_DOWN), e -> window.chooseAndOpen()),
                item("_Export PDF\u2026", key(KeyCode.E, SHORTCUT_DOWN), e -> window.chooseAndExport()),
                new SeparatorMenuItem(),
                item("_Quit", key(KeyCode.Q, SHORTCUT_DOWN), e -> window.close()));
        edit = new Menu("_Edit", null,
                item("Copy _Clause with Reference", key(KeyCode.C, SHORTCUT_DOWN, SHIFT_DOWN),
                        e -> window.viewer().copyCurrentClause()),
                item("_Find\u2026", key(KeyCode.F, SHORTCUT_DOWN), e -> window.showFind()),
                item("Find _Next", key(KeyCode.F3), e -> window.findNext()),
                item("Filter _Library", key(KeyCode.L, SHORTCUT_DOWN), e -> window.focusFilter()));
        CheckMenuItem onlyChanges = new CheckMenuItem("Show _Only Changes");
        onlyChanges.selectedProperty().bindBidirectional(viewer.onlyChangesProperty());
        onlyChanges.setAccelerator(key(KeyCode.O, SHORTCUT_DOWN, SHIFT_DOWN));
        CheckMenuItem editorial = new CheckMenuItem("Show _Editorial Changes");
        editorial.selectedProperty().bindBidirectional(viewer.showEditorialProperty());
        editorial.setAccelerator(key(KeyCode.E, SHORTCUT_DOWN, SHIFT_DOWN));
        CheckMenuItem dark = new CheckMenuItem("_Dark Theme");
        dark.setSelected(window.theme() == Theme.DARK);
        dark.setAccelerator(key(KeyCode.D, SHORTCUT_DOWN, SHIFT_DOWN));
        dark.setOnAction(e -> window.setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        view = new Menu("_View", null, onlyChanges, editorial, new SeparatorMenuItem(),
                item("Zoom _In", key(KeyCode.PLUS, SHORTCUT_DOWN), e -> viewer.zoomIn()),
                item("Zoom _Out", key(KeyCode.MINUS, SHORTCUT_DOWN), e -> viewer.zoomOut()),
                item("_Actual Size", key(KeyCode.DIGIT0, SHORTCUT_DOWN), e -> viewer.resetZoom()),
                new SeparatorMenuItem(), dark);
        Menu navigate = new Menu("_Navigate", null,
                item("_Next Change", key(KeyCode.F7), e -> viewer.nextChange()),
                item("_Previous Change", key(KeyCode.F7, SHIFT_DOWN), e -> viewer.previousChange()),
                new SeparatorMenuItem(),
                item("_Swap Left and Right", key(KeyCode.X, SHORTCUT_DOWN, SHIFT_DOWN), e -> window.swap()));
        Menu help = new Menu("_Help", null,
                item("_Keyboard Shortcuts", key(KeyCode.F1), e -> window.showShortcuts()),
                item("_About Clausewise", null, e -> window.showAbout()));
        bar.getMenus().addAll(file, edit, view, navigate, help);
        bar.setUseSystemMenuBar(true);
    }

    /** The second shortcuts of some actions; called once the scene exists. */
    void installExtraAccelerators(Scene scene, ViewerViewModel viewer) {
        var acc = scene.getAccelerators();
        acc.put(key(KeyCode.DOWN, ALT_DOWN), viewer::nextChange);
        acc.put(key(KeyCode.UP, ALT_DOWN), viewer::previousChange);
        acc.put(key(KeyCode.EQUALS, SHORTCUT_DOWN), viewer::zoomIn);
        acc.put(key(KeyCode.ADD, SHORTCUT_DOWN), viewer::zoomIn);
        acc.put(key(KeyCode.SUBTRACT, SHORTCUT_DOWN), viewer::zoomOut);
    }

    private static MenuItem item(String text, KeyCombination key, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(key);
        item.setOnAction(action);
        return item;
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    MenuBar bar() {
        return bar;
    }

    /** The File menu, where other exports (the session brief) add their items. */
    Menu fileMenu() {
        return file;
    }

    /** The View menu, where other screens (clause history, series overview) add their items. */
    Menu viewMenu() {
        return view;
    }

    /** The Edit menu, where the search window adds Search the Corpus. */
    Menu editMenu() {
        return edit;
    }

    /** Lists every shortcut, for Help → Keyboard Shortcuts. */
    static String shortcutHelp() {
        return String.join("\n",
                "Ctrl+O\tOpen texts (or drop .txt/.md files or a folder on the window)",
                "Ctrl+E\tExport PDF",
                "F7 / Alt+Down\tNext change",
                "Shift+F7 / Alt+Up\tPrevious change",
                "Ctrl+Shift+X\tSwap left and right",
                "Ctrl+F, F3\tFind, find next",
                "Ctrl+Shift+F\tSearch the corpus (Escape closes the search window)",
                "Ctrl+Shift+C\tCopy clause with symbol and number",
                "Ctrl+L\tFilter the library",
                "Ctrl+Shift+O\tShow only changes",
                "Ctrl+Shift+E\tShow editorial changes",
                "Ctrl++ / Ctrl+- / Ctrl+0\tZoom in, out, actual size",
                "Ctrl+Shift+D\tDark theme",
                "Ctrl+H / Ctrl+Shift+H\tClause history / series overview",
                "Ctrl+T\tCompare three texts: last session's resolution, the draft, the adopted text",
                "Click / Ctrl+click in the sidebar\tPick the left / right text");
    }
}
