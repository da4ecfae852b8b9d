package org.clausewise.ui.sidebar;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.clausewise.corpus.MissingFile;
import org.clausewise.corpus.TextOrigin;
import org.clausewise.ui.library.DuplicateNote;
import org.clausewise.ui.library.LibraryEntry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sidebar's context menu (right-click, the Menu key, Shift+F10), made for the row it opens on:
 * for a text, compare it left or right, remove it or the folder it came with, and for a text in
 * the library twice, which copy to keep; for a missing file, Locate… or Remove.
 */
final class SidebarMenu {
    private SidebarMenu() {
    }

    /** The items for a row's value; empty for a series title. */
    static List<MenuItem> itemsFor(Object value, SidebarActions actions, ObjectProperty<LibraryEntry> left,
                                   ObjectProperty<LibraryEntry> right) {
        List<MenuItem> items = new ArrayList<>();
        if (value instanceof LibraryEntry entry) {
            items.add(item("Compare as _Left Text", "menu-pick-left", () -> left.set(entry)));
            items.add(item("Compare as _Right Text", "menu-pick-right", () -> right.set(entry)));
            DuplicateNote d = entry.duplicate();
            if (d != null) {
                items.add(new SeparatorMenuItem());
                if (d.decision() == DuplicateNote.Decision.USED) {
                    items.add(item("Show All Copies Again", "menu-undecide", () -> actions.undecide(d.key())));
                } else {
                    items.add(item("Use This Copy Only (" + entry.whereWords() + ")", "menu-use-only",
                            () -> actions.useOnly(d.key(), entry)));
                    if (d.decision() != DuplicateNote.Decision.KEEP_BOTH) {
                        items.add(item("Keep All Copies", "menu-keep-all", () -> actions.keepAll(d.key())));
                    }
                }
            }
            items.add(new SeparatorMenuItem());
            items.add(item(entry.origin().kind() == TextOrigin.Kind.BUNDLED ? "Hide from Library" : "Remove from Library",
                    "menu-remove", () -> actions.remove(entry)));
            if (entry.origin().kind() == TextOrigin.Kind.IN_ADDED_FOLDER) {
                Path folder = entry.origin().listed();
                items.add(item("Remove Folder \u201C" + folder.getFileName() + "\u201D from Library",
                        "menu-remove-folder", () -> actions.removeFolder(folder)));
            }
        } else if (value instanceof MissingFile missing) {
            items.add(item("_Locate\u2026", "menu-locate", () -> actions.locate(missing)));
            items.add(item("Remove from Library", "menu-remove", () -> actions.removeMissing(missing)));
        }
        return items;
    }

    /** Fills {@code menu} for the value each time it opens. */
    static void fill(ContextMenu menu, Object value, SidebarActions actions, ObjectProperty<LibraryEntry> left,
                     ObjectProperty<LibraryEntry> right) {
        menu.getItems().setAll(itemsFor(value, actions, left, right));
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
