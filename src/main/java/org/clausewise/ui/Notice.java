package org.clausewise.ui;

import java.util.List;
import java.util.Objects;

/**
 * A message the window keeps showing above the status bar until the user acts on it or closes it:
 * a text removed (with Undo), texts missing or in the library twice (with what to do), a cache
 * that had to be rebuilt. Never a modal dialog: the window goes on meanwhile.
 *
 * @param key     a notice with the same key replaces this one ("removed", "missing" …)
 * @param message what happened and what it means, in the user's words
 * @param actions the buttons, in order
 */
public record Notice(String key, String message, List<Action> actions) {
    public Notice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        actions = List.copyOf(actions);
    }

    public Notice(String key, String message) {
        this(key, message, List.of());
    }

    /** A button of a notice; the notice closes once it ran. */
    public record Action(String label, Runnable run) {
    }
}
