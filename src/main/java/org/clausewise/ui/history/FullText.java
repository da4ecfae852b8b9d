package org.clausewise.ui.history;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.Clause;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;

/**
 * A whole text as styled runs, with one clause marked as the target, for the "full text" window
 * opened from a version in the history. Plain data, so it is tested without a screen.
 *
 * @param targetStart where the target clause starts (the view scrolls there), -1 if not found
 */
record FullText(List<StyledRun> runs, int targetStart) {
    static final String TARGET = "target";

    static FullText of(Resolution text, Clause target) {
        List<StyledRun> runs = new ArrayList<>();
        int[] length = {0};
        int[] start = {-1};
        add(runs, length, text.displayName() + (text.title() == null ? "" : "\n" + text.title()) + "\n",
                HistoryStyles.SUB_LABEL);
        for (Part part : List.of(Part.PREAMBLE, Part.OPERATIVE)) {
            if (text.clauses(part).isEmpty()) {
                continue;
            }
            add(runs, length, "\n" + (part == Part.PREAMBLE ? "Preamble" : "Operative part") + "\n",
                    HistoryStyles.SUB_LABEL);
            for (Clause c : text.clauses(part)) {
                boolean isTarget = c.equals(target);
                if (isTarget) {
                    start[0] = length[0];
                }
                String number = part == Part.PREAMBLE ? "PP " + c.number() + "  " : c.number() + ".  ";
                add(runs, length, number, HistoryStyles.SUB_LABEL);
                StringBuilder body = new StringBuilder(c.text());
                for (SubParagraph sub : c.subparagraphs()) {
                    body.append("\n    (").append(sub.label()).append(") ").append(sub.text());
                }
                add(runs, length, body.toString(), isTarget ? new String[] {TARGET} : new String[0]);
                add(runs, length, "\n");
            }
        }
        return new FullText(List.copyOf(runs), start[0]);
    }

    private static void add(List<StyledRun> runs, int[] length, String text, String... styles) {
        runs.add(new StyledRun(text, List.of(styles)));
        length[0] += text.length();
    }
}
