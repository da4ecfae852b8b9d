package org.clausewise.ui.history;

import java.util.List;
import org.clausewise.present.Run;
import org.clausewise.ui.viewer.RunStyles;

/** A run of text and the style classes it is drawn with (none for plain text). */
public record StyledRun(String text, List<String> styles) {
    public StyledRun {
        styles = List.copyOf(styles);
    }

    static StyledRun plain(String text) {
        return new StyledRun(text, List.of());
    }

    /** A presentation run with the style classes the viewer gives it, so a change looks alike in both. */
    static StyledRun of(Run run) {
        return new StyledRun(run.text(), RunStyles.classes(run));
    }

    static List<StyledRun> of(List<Run> runs) {
        return runs.stream().map(StyledRun::of).toList();
    }

    /** The runs' text without styles. */
    static String text(List<StyledRun> runs) {
        StringBuilder sb = new StringBuilder();
        runs.forEach(run -> sb.append(run.text()));
        return sb.toString();
    }
}
