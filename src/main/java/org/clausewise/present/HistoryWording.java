package org.clausewise.present;

import java.util.List;
import org.clausewise.lineage.ClauseVersion;
import org.clausewise.model.TextDiff;

/**
 * A version of a clause in its history, as runs in one column: plain when its wording did not
 * change from the version before, else a redline from that version (the same runs the comparison
 * of the two texts shows), lead-in first, then each sub-paragraph on its own line.
 */
public final class HistoryWording {
    private HistoryWording() {
    }

    public static List<Run> of(ClauseVersion version) {
        if (version.wordingChanged()) {
            return oneColumn(new RowPresenter(ViewOptions.ALL).present(version.fromPrevious()));
        }
        RunBuilder b = new RunBuilder().add(Run.plain(version.clause().text()));
        for (Nested n : Nested.of(version.clause())) {
            b.subparagraph(n.sub().label(), n.level()).add(Run.plain(n.sub().text()));
        }
        return b.build();
    }

    /** A word diff of one passage as a redline (search shows how the wording holding a phrase changed). */
    public static List<Run> redline(TextDiff diff) {
        return Redline.of(diff, null, true);
    }

    /** A row's redline, then each sub-paragraph's, each on its own line after "(a) ". */
    public static List<Run> oneColumn(PresentedRow row) {
        RunBuilder b = new RunBuilder().addAll(row.redline());
        for (SubparagraphLine sub : row.subparagraphs()) {
            if (sub.kind() == null && sub.right() == null) {
                continue; // not aligned (a split): only the right clause's own sub-paragraphs belong to it
            }
            b.subparagraph(sub.label(), sub.level()).addAll(sub.redline());
        }
        return b.build();
    }
}
