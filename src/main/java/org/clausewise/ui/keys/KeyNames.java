package org.clausewise.ui.keys;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.Map;

/**
 * A key combination in words for the F1 table: "Alt+Down", "Enter", "Ctrl++". JavaFX's own display
 * text draws arrows and the Enter key as symbols (↓, ↵), which read poorly in a table; on a Mac the
 * platform's symbols (⌘, ⌥, ⇧) are what users know, so there JavaFX's text is kept.
 */
final class KeyNames {
    private static final boolean MAC = System.getProperty("os.name", "").startsWith("Mac");
    private static final Map<KeyCode, String> NAMES = Map.ofEntries(
            Map.entry(KeyCode.PLUS, "+"), Map.entry(KeyCode.ADD, "+"), Map.entry(KeyCode.EQUALS, "="),
            Map.entry(KeyCode.MINUS, "-"), Map.entry(KeyCode.SUBTRACT, "-"), Map.entry(KeyCode.DIGIT0, "0"),
            Map.entry(KeyCode.BACK_SPACE, "Backspace"), Map.entry(KeyCode.CONTEXT_MENU, "Menu key"),
            Map.entry(KeyCode.ENTER, "Enter"), Map.entry(KeyCode.ESCAPE, "Escape"));

    private KeyNames() {
    }

    static String of(KeyCombination k) {
        if (MAC || !(k instanceof KeyCodeCombination c)) {
            return k.getDisplayText();
        }
        StringBuilder sb = new StringBuilder();
        if (c.getShortcut() == KeyCombination.ModifierValue.DOWN || c.getControl() == KeyCombination.ModifierValue.DOWN) {
            sb.append("Ctrl+");
        }
        if (c.getAlt() == KeyCombination.ModifierValue.DOWN) {
            sb.append("Alt+");
        }
        if (c.getShift() == KeyCombination.ModifierValue.DOWN) {
            sb.append("Shift+");
        }
        return sb.append(NAMES.getOrDefault(c.getCode(), c.getCode().getName())).toString();
    }
}
