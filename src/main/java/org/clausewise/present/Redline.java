package org.clausewise.present;

import java.util.List;
import org.clausewise.model.EditOp;
import org.clausewise.model.TextDiff;
import org.clausewise.model.WordEdit;

/**
 * A word diff in one column: the runs of its edits in reading order, deleted words marked as
 * deleted and inserted words as inserted, for drawers that show one text (the command line, the
 * clause history). A changed run's leading space stays plain, so only words are marked.
 */
final class Redline {
    private Redline() {
    }

    /**
     * @param showEditorial false shows an editorial change as its result only: the new words plain,
     *                      the old ones left out
     */
    static List<Run> of(TextDiff diff, String fallback, boolean showEditorial) {
        RunBuilder b = new RunBuilder();
        if (diff == null) {
            return b.add(Run.plain(fallback == null ? "" : fallback)).build();
        }
        EditOp previous = null;
        for (WordEdit e : diff.edits()) {
            String t = e.text();
            if (t.isEmpty()) {
                continue;
            }
            if (e.op() == EditOp.EQUAL) {
                b.add(Run.plain(t));
                previous = e.op();
                continue;
            }
            if (e.editorial() && !showEditorial) {
                if (e.op() == EditOp.INSERT) {
                    b.add(Run.plain(t));
                    previous = EditOp.EQUAL;
                }
                continue;
            }
            int words = 0;
            while (words < t.length() && Character.isWhitespace(t.charAt(words))) {
                words++;
            }
            // a deletion and the insertion after it may come without a space between them
            if (previous == EditOp.DELETE && e.op() == EditOp.INSERT && words == 0
                    && Character.isLetterOrDigit(b.lastChar()) && Character.isLetterOrDigit(t.charAt(0))) {
                b.add(Run.plain(" "));
            }
            b.add(Run.plain(t.substring(0, words)));
            Run.Mark mark = e.op() == EditOp.DELETE ? Run.Mark.DELETED : Run.Mark.INSERTED;
            b.add(new Run(t.substring(words), mark, e.editorial(), Run.Role.TEXT));
            previous = e.op();
        }
        return b.build();
    }
}
