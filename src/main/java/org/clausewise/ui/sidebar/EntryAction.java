package org.clausewise.ui.sidebar;

/**
 * An item of a text's context menu in the timeline, offered by another screen: its words, and what
 * it does; with no action it is shown disabled, its words saying why ("draft A/C.3/80/L.2 is not in
 * the library").
 */
public record EntryAction(String text, Runnable run) {
    public boolean enabled() {
        return run != null;
    }
}
