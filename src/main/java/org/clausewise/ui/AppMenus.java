package org.clausewise.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.clausewise.ui.keys.Shortcut;
import org.clausewise.ui.keys.ShortcutKeys;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clausewise.ui.theme.Theme;
import org.clausewise.ui.viewer.ViewerViewModel;

/**
 * The menu bar, and what each window shortcut does: every action of the window is a menu item,
 * so the keyboard and the mouse reach all of it, and each item's key comes from {@link Shortcut}.
 * The keys themselves are answered by {@link ShortcutKeys} wherever the focus is.
 */
final class AppMenus {
    private final MenuBar bar = new MenuBar();
    private final Menu view;
    private final Menu edit;
    private final Menu file;

    AppMenus(MainWindow window, ViewerViewModel viewer, ShortcutKeys keys, SidePanels panels, BooleanProperty dark) {
        bindActions(window, viewer, keys, panels);
        file = new Menu("_File", null,
                keys.menuItem("_Open Texts\u2026", Shortcut.OPEN_TEXTS),
                keys.menuItem("_Export PDF\u2026", Shortcut.EXPORT_PDF),
                new SeparatorMenuItem(),
                keys.menuItem("_Quit", Shortcut.QUIT));
        edit = new Menu("_Edit", null,
                keys.menuItem("Copy _Clause with Reference", Shortcut.COPY_CLAUSE),
                new SeparatorMenuItem(),
                keys.menuItem("_Find\u2026", Shortcut.FIND),
                keys.menuItem("Find _Next", Shortcut.FIND_NEXT),
                keys.menuItem("Find _Previous", Shortcut.FIND_PREVIOUS),
                new SeparatorMenuItem(),
                keys.menuItem("Filter _Library", Shortcut.FILTER_LIBRARY),
                removeItem(window));
        view = new Menu("_View", null,
                keys.checkItem("Show _Only Changes", Shortcut.ONLY_CHANGES, viewer.onlyChangesProperty()),
                keys.checkItem("Show _Editorial Changes", Shortcut.EDITORIAL, viewer.showEditorialProperty()),
                new SeparatorMenuItem(),
                panelItem("_Library Sidebar", Shortcut.LIBRARY_PANEL, panels.libraryShownProperty(), keys),
                panelItem("_Change Panel", Shortcut.CHANGE_PANEL, panels.changesShownProperty(), keys),
                new SeparatorMenuItem(),
                keys.menuItem("Zoom _In", Shortcut.ZOOM_IN),
                keys.menuItem("Zoom _Out", Shortcut.ZOOM_OUT),
                keys.menuItem("_Actual Size", Shortcut.ACTUAL_SIZE),
                new SeparatorMenuItem(),
                keys.checkItem("_Dark Theme", Shortcut.DARK_THEME, dark));
        Menu navigate = new Menu("_Navigate", null,
                keys.menuItem("_Next Change", Shortcut.NEXT_CHANGE),
                keys.menuItem("_Previous Change", Shortcut.PREVIOUS_CHANGE),
                new SeparatorMenuItem(),
                keys.menuItem("_Swap Left and Right", Shortcut.SWAP));
        MenuItem about = new MenuItem("_About Clausewise");
        about.setOnAction(e -> window.showAbout());
        Menu help = new Menu("_Help", null, keys.menuItem("_Keyboard Shortcuts", Shortcut.SHOW_SHORTCUTS), about);
        bar.getMenus().addAll(file, edit, view, navigate, help);
        bar.setUseSystemMenuBar(true);
    }

    private static void bindActions(MainWindow window, ViewerViewModel viewer, ShortcutKeys keys, SidePanels panels) {
        keys.bind(Shortcut.OPEN_TEXTS, window::chooseAndOpen);
        keys.bind(Shortcut.EXPORT_PDF, window::chooseAndExport);
        keys.bind(Shortcut.QUIT, window::close);
        keys.bind(Shortcut.COPY_CLAUSE, window::copyClause);
        keys.bind(Shortcut.FIND, window::showFind);
        keys.bind(Shortcut.FIND_NEXT, window::findNext);
        keys.bind(Shortcut.FIND_PREVIOUS, window::findPrevious);
        keys.bind(Shortcut.FILTER_LIBRARY, window::focusFilter);
        keys.bind(Shortcut.NEXT_CHANGE, viewer::nextChange);
        keys.bind(Shortcut.PREVIOUS_CHANGE, viewer::previousChange);
        keys.bind(Shortcut.SWAP, window::swap);
        keys.bind(Shortcut.LIBRARY_PANEL, panels::toggleLibrary);
        keys.bind(Shortcut.CHANGE_PANEL, panels::toggleChanges);
        keys.bind(Shortcut.ZOOM_IN, viewer::zoomIn);
        keys.bind(Shortcut.ZOOM_OUT, viewer::zoomOut);
        keys.bind(Shortcut.ACTUAL_SIZE, viewer::resetZoom);
        keys.bind(Shortcut.SHOW_SHORTCUTS, window::showShortcuts);
    }

    /** Edit → Remove from Library; Delete in the sidebar is its key (a window-wide Delete would surprise). */
    private static MenuItem removeItem(MainWindow window) {
        MenuItem item = new MenuItem("_Remove from Library");
        item.setId("menu-remove-from-library");
        item.setOnAction(e -> window.removeSelectedText());
        return item;
    }

    /** A ticked item while the panel is shown; choosing it does what its key does (fold or show). */
    private static CheckMenuItem panelItem(String text, Shortcut shortcut, ObservableBooleanValue shown,
                                           ShortcutKeys keys) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setAccelerator(shortcut.primary());
        item.setSelected(shown.get());
        item.setId("menu-" + shortcut.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        shown.addListener((obs, old, now) -> item.setSelected(now));
        item.setOnAction(e -> {
            keys.run(shortcut);
            item.setSelected(shown.get());
        });
        return item;
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

    /** The Edit menu, where the library adds Remove from Library and the search window Search the Corpus. */
    Menu editMenu() {
        return edit;
    }
}
