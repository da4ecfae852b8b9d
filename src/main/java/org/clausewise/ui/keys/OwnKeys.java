package org.clausewise.ui.keys;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.List;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * The keys a focused control needs for itself and keeps even when a window shortcut uses them:
 * text editing in an editable text field (copy, paste, undo, select all, move by word …) and
 * opening a drop-down list. No shortcut of {@link Shortcut} is a text editing key (a test keeps
 * it so); this is the guard for the day one is.
 */
final class OwnKeys {
    /** What every text field on every system uses; the app never takes these from one. */
    static final List<KeyCombination> TEXT_EDITING = List.of(
            key(KeyCode.C, SHORTCUT_DOWN), key(KeyCode.X, SHORTCUT_DOWN), key(KeyCode.V, SHORTCUT_DOWN),
            key(KeyCode.A, SHORTCUT_DOWN), key(KeyCode.Z, SHORTCUT_DOWN), key(KeyCode.Y, SHORTCUT_DOWN),
            key(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN), key(KeyCode.INSERT, SHORTCUT_DOWN),
            key(KeyCode.INSERT, SHIFT_DOWN), key(KeyCode.DELETE, SHIFT_DOWN),
            key(KeyCode.LEFT, SHORTCUT_DOWN), key(KeyCode.RIGHT, SHORTCUT_DOWN),
            key(KeyCode.LEFT, SHORTCUT_DOWN, SHIFT_DOWN), key(KeyCode.RIGHT, SHORTCUT_DOWN, SHIFT_DOWN),
            key(KeyCode.HOME, SHORTCUT_DOWN), key(KeyCode.END, SHORTCUT_DOWN),
            key(KeyCode.BACK_SPACE, SHORTCUT_DOWN), key(KeyCode.DELETE, SHORTCUT_DOWN));

    /** How a drop-down list opens from the keyboard. */
    static final List<KeyCombination> DROP_DOWN = List.of(key(KeyCode.DOWN, ALT_DOWN), key(KeyCode.UP, ALT_DOWN),
            key(KeyCode.F4));

    private OwnKeys() {
    }

    /** Whether the focused control should get this key rather than the window. */
    static boolean belongsTo(Node focusOwner, KeyEvent event) {
        if (focusOwner instanceof TextInputControl text && text.isEditable()) {
            return isUnmodifiedTyping(event) || matchesAny(TEXT_EDITING, event);
        }
        if (focusOwner instanceof ComboBoxBase<?>) {
            return matchesAny(DROP_DOWN, event);
        }
        return false;
    }

    /** Whether the combination is one a text field needs, for the test that no shortcut takes one. */
    static boolean isTextEditing(KeyCombination combination) {
        return TEXT_EDITING.contains(combination);
    }

    /** A letter, digit or space with at most Shift: typing, never a shortcut in a text field. */
    private static boolean isUnmodifiedTyping(KeyEvent e) {
        boolean plain = !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
        return plain && (e.getCode().isLetterKey() || e.getCode().isDigitKey() || e.getCode() == KeyCode.SPACE);
    }

    private static boolean matchesAny(List<KeyCombination> keys, KeyEvent event) {
        for (KeyCombination k : keys) {
            if (k.match(event)) {
                return true;
            }
        }
        return false;
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
