package org.clausewise.ui.history;

import java.util.List;

/** A run of text and the style classes it is drawn with (none for plain text). */
public record StyledRun(String text, List<String> styles) {
    public StyledRun {
        styles = List.copyOf(styles);
    }

    static StyledRun plain(String text) {
        return new StyledRun(text, List.of());
    }
}
