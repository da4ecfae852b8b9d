package org.clausewise.ui.viewer;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.present.Run;
import org.clausewise.ui.theme.Styles;

/**
 * The style classes of a presentation run, for every RichTextFX area and TextFlow of the app (the
 * viewer, the clause history): base.css gives each its look, so a change looks the same everywhere.
 */
public final class RunStyles {
    private RunStyles() {
    }

    /** "deleted" / "inserted" (+ "editorial"), "footnote-mark", "sub-label", "verb", "moved-mark"; none for plain text. */
    public static List<String> classes(Run run) {
        List<String> classes = new ArrayList<>(3);
        if (run.mark() == Run.Mark.DELETED) {
            classes.add(Styles.DELETED);
        } else if (run.mark() == Run.Mark.INSERTED) {
            classes.add(Styles.INSERTED);
        }
        if (run.editorial()) {
            classes.add(Styles.EDITORIAL);
        }
        switch (run.role()) {
            case VERB: classes.add(Styles.VERB); break;
            case FOOTNOTE_MARK: classes.add(Styles.FOOTNOTE_MARK); break;
            case SUB_LABEL: classes.add(Styles.SUB_LABEL); break;
            case MOVED_MARK: classes.add(Styles.MOVED_MARK); break;
            default: break;
        }
        return classes;
    }
}
