package org.clausewise.ui.keys;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.List;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * Every key (and click) the window answers to, in one list: the menus take their accelerators
 * from here, the F1 table lists exactly these, and the keyboard test sends each of them. Window
 * shortcuts work wherever the focus is ({@link ShortcutKeys}); the others work where their
 * {@link Scope} says. Order here is the order of the F1 table.
 */
public enum Shortcut {
    OPEN_TEXTS(Group.FILE, "Add texts to the library (or drop files or a folder on the window)", key(KeyCode.O, SHORTCUT_DOWN)),
    EXPORT_PDF(Group.FILE, "Export the comparison as PDF", key(KeyCode.E, SHORTCUT_DOWN)),
    QUIT(Group.FILE, "Quit", key(KeyCode.Q, SHORTCUT_DOWN)),

    COPY_CLAUSE(Group.EDIT, "Copy the current clause with its symbol and number", key(KeyCode.C, SHORTCUT_DOWN, SHIFT_DOWN)),
    FIND(Group.EDIT, "Find in both texts", key(KeyCode.F, SHORTCUT_DOWN)),
    FIND_NEXT(Group.EDIT, "Next match", key(KeyCode.F3)),
    FIND_PREVIOUS(Group.EDIT, "Previous match", key(KeyCode.F3, SHIFT_DOWN)),
    FILTER_LIBRARY(Group.EDIT, "Filter the library", key(KeyCode.L, SHORTCUT_DOWN)),

    NEXT_CHANGE(Group.NAVIGATE, "Next change", key(KeyCode.F7), key(KeyCode.DOWN, ALT_DOWN)),
    PREVIOUS_CHANGE(Group.NAVIGATE, "Previous change", key(KeyCode.F7, SHIFT_DOWN), key(KeyCode.UP, ALT_DOWN)),
    SWAP(Group.NAVIGATE, "Swap left and right", key(KeyCode.X, SHORTCUT_DOWN, SHIFT_DOWN)),

    ONLY_CHANGES(Group.VIEW, "Show only changes", key(KeyCode.O, SHORTCUT_DOWN, SHIFT_DOWN)),
    EDITORIAL(Group.VIEW, "Show editorial changes", key(KeyCode.E, SHORTCUT_DOWN, SHIFT_DOWN)),
    LIBRARY_PANEL(Group.VIEW, "Show or hide the library sidebar", key(KeyCode.B, SHORTCUT_DOWN)),
    CHANGE_PANEL(Group.VIEW, "Show or hide the change panel", key(KeyCode.J, SHORTCUT_DOWN)),
    ZOOM_IN(Group.VIEW, "Larger text", key(KeyCode.PLUS, SHORTCUT_DOWN), key(KeyCode.EQUALS, SHORTCUT_DOWN),
            key(KeyCode.ADD, SHORTCUT_DOWN)),
    ZOOM_OUT(Group.VIEW, "Smaller text", key(KeyCode.MINUS, SHORTCUT_DOWN), key(KeyCode.SUBTRACT, SHORTCUT_DOWN)),
    ACTUAL_SIZE(Group.VIEW, "Text at its usual size", key(KeyCode.DIGIT0, SHORTCUT_DOWN)),
    DARK_THEME(Group.VIEW, "Dark theme", key(KeyCode.D, SHORTCUT_DOWN, SHIFT_DOWN)),
    SEARCH_CORPUS(Group.EDIT, "Search the corpus", key(KeyCode.F, SHORTCUT_DOWN, SHIFT_DOWN)),
    THREE_TEXTS(Group.VIEW, "Compare three texts: last session's resolution, the draft, the adopted text",
            key(KeyCode.T, SHORTCUT_DOWN)),
    AMENDED_DRAFT(Group.VIEW, "Show the draft as amended", key(KeyCode.A, SHORTCUT_DOWN, SHIFT_DOWN)),
    CLAUSE_HISTORY(Group.VIEW, "History of the current clause", key(KeyCode.H, SHORTCUT_DOWN)),
    SERIES_OVERVIEW(Group.VIEW, "Overview of the series", key(KeyCode.H, SHORTCUT_DOWN, SHIFT_DOWN)),

    SHOW_SHORTCUTS(Group.HELP, "This table of keys", key(KeyCode.F1)),

    PICK_LEFT(Group.LIBRARY, Scope.SIDEBAR, "Compare the selected text as the left text", List.of("Click"),
            key(KeyCode.ENTER)),
    PICK_RIGHT(Group.LIBRARY, Scope.SIDEBAR, "Compare the selected text as the right text",
            List.of(shortcutName() + "click"), key(KeyCode.ENTER, SHORTCUT_DOWN)),
    REMOVE_FROM_LIBRARY(Group.LIBRARY, Scope.SIDEBAR,
            "Remove the selected text or folder from the library (the file stays on disk)", List.of(),
            key(KeyCode.DELETE), key(KeyCode.BACK_SPACE)),
    TEXT_MENU(Group.LIBRARY, Scope.SIDEBAR, "Details, Locate\u2026 and Remove for the selected text",
            List.of("Right-click"), key(KeyCode.CONTEXT_MENU), key(KeyCode.F10, SHIFT_DOWN)),

    FIND_FIELD_NEXT(Group.EDIT, Scope.FIND_FIELD, "In the find field: next match", List.of(), key(KeyCode.ENTER)),
    FIND_FIELD_PREVIOUS(Group.EDIT, Scope.FIND_FIELD, "In the find field: previous match", List.of(),
            key(KeyCode.ENTER, SHIFT_DOWN)),
    CLOSE(Group.WINDOWS, Scope.SECONDARY, "Close the find bar, a dialog, or a history, overview or search window",
            List.of(), key(KeyCode.ESCAPE));

    /** The headings of the F1 table, in its order. */
    public enum Group {
        FILE("File"), EDIT("Edit and find"), NAVIGATE("Move through the changes"), VIEW("View"),
        LIBRARY("Library sidebar"), WINDOWS("Windows"), HELP("Help");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** Where a shortcut works. */
    public enum Scope {
        /** Anywhere in the main window, whatever has the focus. */
        WINDOW,
        /** While the library tree has the focus. */
        SIDEBAR,
        /** While the find field has the focus. */
        FIND_FIELD,
        /** In a dialog or a secondary window, and on the find bar. */
        SECONDARY
    }

    private final Group group;
    private final Scope scope;
    private final String action;
    private final List<KeyCombination> keys;
    private final List<String> gestures;

    /** A window shortcut: works wherever the focus is. */
    Shortcut(Group group, String action, KeyCombination... keys) {
        this(group, Scope.WINDOW, action, List.of(), keys);
    }

    /** A key one part of the window handles (and the mouse gestures that do the same): listed, not dispatched here. */
    Shortcut(Group group, Scope scope, String action, List<String> gestures, KeyCombination... keys) {
        this.group = group;
        this.scope = scope;
        this.action = action;
        this.keys = List.of(keys);
        this.gestures = gestures;
    }

    public Group group() {
        return group;
    }

    public Scope scope() {
        return scope;
    }

    /** What it does, in the words of the F1 table. */
    public String action() {
        return action;
    }

    /** The key combinations, the first one shown on the shortcut's menu item. */
    public List<KeyCombination> keys() {
        return keys;
    }

    /** The first key combination: the menu item's accelerator. */
    public KeyCombination primary() {
        return keys.get(0);
    }

    /** How the keys read ("Ctrl+H", "Alt+Down"; each once), then the mouse gestures that do the same. */
    public List<String> keyLabels() {
        List<String> labels = new ArrayList<>();
        for (KeyCombination k : keys) {
            String label = KeyNames.of(k);
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        labels.addAll(gestures);
        return labels;
    }

    /** Whether this key event is one of this shortcut's combinations. */
    public boolean matches(javafx.scene.input.KeyEvent event) {
        for (KeyCombination k : keys) {
            if (k.match(event)) {
                return true;
            }
        }
        return false;
    }

    /** "Ctrl+", or "\u2318" on a Mac: how the shortcut modifier is written before a click. */
    private static String shortcutName() {
        return System.getProperty("os.name", "").startsWith("Mac") ? "\u2318" : "Ctrl+";
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
