package org.clausewise.ui.history;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.Annex;
import org.clausewise.model.Clause;
import org.clausewise.model.Heading;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;

/**
 * A whole text as styled runs, with one clause marked as the target, for the "full text" window
 * opened from a version in the history: its parts, or its sections' headings where it has them, in
 * reading order, then its annexes. Plain data, so it is tested without a screen.
 *
 * @param targetStart where the target clause starts (the view scrolls there), -1 if not found
 */
record FullText(List<StyledRun> runs, int targetStart) {
    static final String TARGET = "target";

    static FullText of(Resolution text, Clause target) {
        Builder b = new Builder(target);
        b.add(text.displayName() + (text.title() == null ? "" : "\n" + text.title()) + "\n", HistoryStyles.SUB_LABEL);
        if (text.headings().isEmpty()) {
            for (Part part : List.of(Part.PREAMBLE, Part.OPERATIVE)) {
                if (!text.clauses(part).isEmpty()) {
                    b.add("\n" + (part == Part.PREAMBLE ? "Preamble" : "Operative part") + "\n", HistoryStyles.SUB_LABEL);
                    text.clauses(part).forEach(b::clause);
                }
            }
        } else {
            b.withHeadings(text.body(), text.headings());
        }
        for (Annex annex : text.annexes()) {
            b.add("\n" + annex.label() + (annex.title().isEmpty() ? "" : "\n" + annex.title()) + "\n",
                    HistoryStyles.SUB_LABEL);
            b.withHeadings(annex.clauses(), annex.headings());
        }
        return new FullText(List.copyOf(b.runs), b.start);
    }

    private static final class Builder {
        private final Clause target;
        private final List<StyledRun> runs = new ArrayList<>();
        private int length;
        private int start = -1;

        Builder(Clause target) {
            this.target = target;
        }

        /** Clauses in order, each heading before the clause it stands over. */
        void withHeadings(List<Clause> clauses, List<Heading> headings) {
            int next = 0;
            for (Clause c : clauses) {
                while (next < headings.size() && (headings.get(next).firstClause() == null
                        || headings.get(next).firstClause().equals(c))) {
                    add("\n" + headings.get(next++).display() + "\n", HistoryStyles.SUB_LABEL);
                }
                clause(c);
            }
        }

        void clause(Clause c) {
            if (c.equals(target)) {
                start = length;
            }
            // "12.  " as printed for a plain operative paragraph, else its label ("PP 3", "OP IV.3", "Annex ¶ 2")
            boolean plain = c.part() == Part.OPERATIVE && c.label().equals("OP " + c.number());
            add(plain ? c.number() + ".  " : c.label() + "  ", HistoryStyles.SUB_LABEL);
            StringBuilder body = new StringBuilder(c.text());
            appendSubs(body, c.subparagraphs(), "    ");
            add(body.toString(), c.equals(target) ? new String[] {TARGET} : new String[0]);
            add("\n");
        }

        private static void appendSubs(StringBuilder body, List<SubParagraph> subs, String indent) {
            for (SubParagraph sub : subs) {
                body.append('\n').append(indent).append('(').append(sub.label()).append(") ").append(sub.text());
                appendSubs(body, sub.subparagraphs(), indent + "    ");
            }
        }

        void add(String text, String... styles) {
            runs.add(new StyledRun(text, List.of(styles)));
            length += text.length();
        }
    }
}
