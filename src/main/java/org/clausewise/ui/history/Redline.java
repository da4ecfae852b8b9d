package org.clausewise.ui.history;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.lineage.ClauseVersion;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.EditOp;
import org.clausewise.model.SubParagraph;
import org.clausewise.model.SubparagraphRow;
import org.clausewise.model.TextDiff;
import org.clausewise.model.WordEdit;

/**
 * A version's wording as styled runs: plain when it did not change, else a redline from the
 * previous version (deleted words struck through, inserted words underlined, editorial noise in
 * the quieter style), lead-in first, then each sub-paragraph on its own line. Plain data, so the
 * view only hands it to the text area.
 */
final class Redline {
    private final List<StyledRun> runs = new ArrayList<>();
    private int length;

    private Redline() {
    }

    static List<StyledRun> of(ClauseVersion version) {
        Redline r = new Redline();
        if (version.wordingChanged()) {
            r.diff(version.diffFromPrevious());
            r.subparagraphs(version.fromPrevious(), version.clause());
        } else {
            r.add(version.clause().text());
            for (SubParagraph sub : version.clause().subparagraphs()) {
                r.subLabel(sub.label());
                r.add(sub.text());
            }
        }
        return List.copyOf(r.runs);
    }

    /** Total characters of the runs. */
    static int length(List<StyledRun> runs) {
        return runs.stream().mapToInt(run -> run.text().length()).sum();
    }

    /** The runs' text without styles. */
    static String text(List<StyledRun> runs) {
        StringBuilder sb = new StringBuilder();
        runs.forEach(run -> sb.append(run.text()));
        return sb.toString();
    }

    private void subparagraphs(ClauseRow row, Clause clause) {
        if (row.subparagraphs().isEmpty()) {
            for (SubParagraph sub : clause.subparagraphs()) {
                subLabel(sub.label());
                add(sub.text());
            }
            return;
        }
        for (SubparagraphRow sub : row.subparagraphs()) {
            SubParagraph shown = sub.right() != null ? sub.right() : sub.left();
            subLabel(shown.label());
            if (sub.kind() == ChangeKind.ADDED) {
                add(shown.text(), HistoryStyles.INSERTED);
            } else if (sub.kind() == ChangeKind.REMOVED) {
                add(shown.text(), HistoryStyles.DELETED);
            } else if (sub.diff() != null && sub.diff().changed()) {
                diff(sub.diff());
            } else {
                add(shown.text());
            }
        }
    }

    private void diff(TextDiff diff) {
        EditOp previous = null;
        for (WordEdit e : diff.edits()) {
            if (e.text().isEmpty()) {
                continue;
            }
            // Word runs may come without the space between a deletion and the insertion after it.
            if (previous != null && previous != e.op() && needsSpace(e.text())) {
                add(" ");
            }
            if (e.op() == EditOp.EQUAL) {
                add(e.text());
            } else {
                // The space before a changed run stays plain, as in the viewer: only words are marked.
                String t = e.text();
                int words = 0;
                while (words < t.length() && Character.isWhitespace(t.charAt(words))) {
                    words++;
                }
                add(t.substring(0, words));
                String change = e.op() == EditOp.DELETE ? HistoryStyles.DELETED : HistoryStyles.INSERTED;
                if (e.editorial()) {
                    add(t.substring(words), change, HistoryStyles.EDITORIAL);
                } else {
                    add(t.substring(words), change);
                }
            }
            previous = e.op();
        }
    }

    private boolean needsSpace(String next) {
        if (length == 0) {
            return false;
        }
        String last = runs.get(runs.size() - 1).text();
        char before = last.charAt(last.length() - 1);
        char after = next.charAt(0);
        return !Character.isWhitespace(before) && Character.isLetterOrDigit(after) && Character.isLetterOrDigit(before);
    }

    private void subLabel(String label) {
        add("\n");
        add("(" + label + ") ", HistoryStyles.SUB_LABEL);
    }

    private void add(String text, String... styles) {
        if (text.isEmpty()) {
            return;
        }
        runs.add(new StyledRun(text, List.of(styles)));
        length += text.length();
    }
}
