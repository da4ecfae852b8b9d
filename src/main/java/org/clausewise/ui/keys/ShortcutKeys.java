package org.clausewise.ui.keys;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The window's shortcuts, answered wherever the focus is. A text field or a tree swallows keys
 * before the menu bar sees them (Ctrl+H is "delete previous character" to a text field), so the
 * menu accelerators alone do not reach the window from the sidebar filter, where the focus starts.
 * This installs one key filter on the scene that runs the bound {@link Shortcut}s before the focused
 * control sees the key, except a key the control needs for itself ({@link OwnKeys}: Ctrl+C in a
 * text field, Alt+Down in a drop-down list). Menu items made here run the same action, so a menu
 * click and a key press do exactly the same thing.
 */
public final class ShortcutKeys {
    private final Map<Shortcut, Runnable> actions = new EnumMap<>(Shortcut.class);

    /** Binds a window shortcut to what it does. */
    public void bind(Shortcut shortcut, Runnable action) {
        if (shortcut.scope() != Shortcut.Scope.WINDOW) {
            throw new IllegalArgumentException(shortcut + " is handled where it works, not by the window");
        }
        actions.put(shortcut, action);
    }

    /** Binds a shortcut that flips a yes/no setting (Show only changes, Dark theme). */
    public void bindToggle(Shortcut shortcut, BooleanProperty setting) {
        bind(shortcut, () -> setting.set(!setting.get()));
    }

    public boolean isBound(Shortcut shortcut) {
        return actions.containsKey(shortcut);
    }

    /** The window shortcuts that do something in this window. */
    public Set<Shortcut> bound() {
        return Set.copyOf(actions.keySet());
    }

    /** Does what the shortcut does (a key press, or its menu item). */
    public void run(Shortcut shortcut) {
        Runnable action = actions.get(shortcut);
        if (action != null) {
            action.run();
        }
    }

    /** A menu item that runs the shortcut's action and shows its key. */
    public MenuItem menuItem(String text, Shortcut shortcut) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(shortcut.primary());
        item.setOnAction(e -> run(shortcut));
        item.setId("menu-" + shortcut.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return item;
    }

    /**
     * A check item for a yes/no setting, ticked while it is on. Its key is answered by the scene
     * filter (which flips the setting); the item shows the key and flips the setting when clicked.
     */
    public CheckMenuItem checkItem(String text, Shortcut shortcut, BooleanProperty setting) {
        bindToggle(shortcut, setting);
        CheckMenuItem item = new CheckMenuItem(text);
        item.selectedProperty().bindBidirectional(setting);
        item.setAccelerator(shortcut.primary());
        item.setId("menu-" + shortcut.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return item;
    }

    /** Answers the bound shortcuts in this scene, before its focused control sees them. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> handle(e, scene.getFocusOwner()));
    }

    void handle(KeyEvent event, Node focusOwner) {
        if (event.isConsumed()) {
            return;
        }
        for (Map.Entry<Shortcut, Runnable> bound : actions.entrySet()) {
            if (bound.getKey().matches(event)) {
                if (OwnKeys.belongsTo(focusOwner, event)) {
                    return;
                }
                event.consume();
                bound.getValue().run();
                return;
            }
        }
    }
}
