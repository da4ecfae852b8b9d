package org.clausewise.ui.keys;

import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one list of keys: no key twice, none a text field needs, and an F1 table of two clean columns. */
class ShortcutTest {
    @Test
    void noKeyDoesTwoThingsInOnePlace() {
        Map<String, Shortcut> seen = new HashMap<>();
        for (Shortcut s : Shortcut.values()) {
            for (KeyCombination k : s.keys()) {
                String where = s.scope() + " " + k.getName();
                Shortcut before = seen.put(where, s);
                if (s.scope() != Shortcut.Scope.WINDOW) {
                    // a key of one part of the window must not be a window shortcut either
                    assertNull(seen.get(Shortcut.Scope.WINDOW + " " + k.getName()), s + " and a window shortcut");
                }
                assertNull(before, k.getName() + " is both " + before + " and " + s);
            }
        }
    }

    @Test
    void noWindowShortcutTakesAKeyThatTextEditingNeeds() {
        for (Shortcut s : Shortcut.values()) {
            for (KeyCombination k : s.keys()) {
                assertFalse(s.scope() == Shortcut.Scope.WINDOW && OwnKeys.isTextEditing(k),
                        s + " takes " + k.getName() + " from text fields");
            }
        }
    }

    @Test
    void theTableHasAHeadingPerGroupAndOneActionPerRow() {
        List<ShortcutTable.Row> rows = ShortcutTable.rows(s -> true);
        assertEquals(Shortcut.values().length, rows.size());
        for (ShortcutTable.Row row : rows) {
            assertFalse(row.keys().isBlank(), row.action());
            assertFalse(row.action().contains("\t") || row.action().contains(", F3"), row.action());
        }
        ShortcutTable.Row next = rows.stream().filter(r -> r.action().equals("Next change")).findFirst().orElseThrow();
        assertEquals(Shortcut.Group.NAVIGATE, next.group());
        assertTrue(next.keys().startsWith("F7 or "), next.keys());
        // grouped: once a group's rows end, it does not come back
        for (int i = 2; i < rows.size(); i++) {
            for (int j = 0; j < i - 1; j++) {
                if (rows.get(j).group() == rows.get(i).group()) {
                    assertEquals(rows.get(i).group(), rows.get(i - 1).group(), "group " + rows.get(i).group() + " split");
                }
            }
        }
    }
}
