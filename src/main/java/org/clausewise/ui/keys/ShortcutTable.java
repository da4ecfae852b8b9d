package org.clausewise.ui.keys;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.function.Predicate;

/**
 * Help → Keyboard Shortcuts: a two-column table, keys on the left and what they do on the right,
 * under a heading per group. Made from {@link Shortcut}, the list the menus and the key filter use,
 * so the table cannot name a key the window does not answer.
 */
public final class ShortcutTable {
    public static final String TABLE = "shortcut-table";
    public static final String GROUP = "shortcut-group";
    public static final String KEYS = "shortcut-keys";
    public static final String ACTION = "shortcut-action";

    private ShortcutTable() {
    }

    /** One table row: the keys as they read on this system ("F7 or Alt+Down") and the action. */
    public record Row(Shortcut.Group group, String keys, String action) {
    }

    /** The rows of the table for the shortcuts {@code listed} keeps, grouped in {@link Shortcut.Group} order. */
    public static List<Row> rows(Predicate<Shortcut> listed) {
        List<Row> rows = new java.util.ArrayList<>();
        for (Shortcut.Group group : Shortcut.Group.values()) {
            for (Shortcut s : Shortcut.values()) {
                if (s.group() == group && listed.test(s)) {
                    rows.add(new Row(group, String.join(" or ", s.keyLabels()), s.action()));
                }
            }
        }
        return rows;
    }

    /** The table as a grid: a bold heading per group, then its rows. */
    public static GridPane grid(Predicate<Shortcut> listed) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(TABLE);
        grid.setHgap(18);
        grid.setVgap(3);
        grid.setPadding(new Insets(4, 8, 8, 8));
        ColumnConstraints keys = new ColumnConstraints();
        // wide enough for "Shift+F7 or Alt+Up"; longer lists of keys wrap
        keys.setMinWidth(150);
        keys.setMaxWidth(200);
        keys.setHgrow(Priority.NEVER);
        keys.setHalignment(HPos.LEFT);
        ColumnConstraints action = new ColumnConstraints();
        action.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, action);
        int line = 0;
        Shortcut.Group current = null;
        for (Row row : rows(listed)) {
            if (row.group() != current) {
                current = row.group();
                Label heading = new Label(current.title());
                heading.getStyleClass().add(GROUP);
                GridPane.setMargin(heading, new Insets(line == 0 ? 0 : 10, 0, 2, 0));
                grid.add(heading, 0, line++, 2, 1);
            }
            Label k = new Label(row.keys());
            k.getStyleClass().add(KEYS);
            k.setWrapText(true);
            k.setMinHeight(Region.USE_PREF_SIZE);
            Label a = new Label(row.action());
            a.getStyleClass().add(ACTION);
            a.setWrapText(true);
            a.setMinHeight(Region.USE_PREF_SIZE);
            GridPane.setValignment(k, VPos.TOP);
            GridPane.setValignment(a, VPos.TOP);
            grid.add(k, 0, line);
            grid.add(a, 1, line++);
        }
        return grid;
    }
}
