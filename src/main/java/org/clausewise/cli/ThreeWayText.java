package org.clausewise.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clausewise.compare.Story;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;
import org.clausewise.present.Badge;
import org.clausewise.present.Column;
import org.clausewise.present.HistoryWording;
import org.clausewise.present.NegotiationStep;
import org.clausewise.present.StoryWords;
import org.clausewise.present.ThreeWayPresentation;
import org.clausewise.present.ThreeWayPresentedRow;
import org.clausewise.present.ViewOptions;

/**
 * The readable text form of {@code compare3}, drawn from the negotiation view's presentation: one
 * line per clause with a story marker and its number in each text ("-" where a text lacks it),
 * then for a change each step that changed it, as the two-way text form writes a redline:
 * {@code [-deleted-]{+inserted+}}, sub-paragraphs on their own lines.
 */
final class ThreeWayText {
    private static final String INDENT = "      ";

    private ThreeWayText() {
    }

    static String render(ThreeWayPresentation p) {
        ThreeWayComparison c = p.comparison();
        StringBuilder sb = new StringBuilder();
        sb.append("Last session: ").append(describe(c.previous())).append('\n');
        sb.append("Draft:        ").append(describe(c.draft())).append('\n');
        sb.append("Adopted:      ").append(describe(c.adopted())).append('\n');
        sb.append(summary(p.counts(), c.verbChangesInNegotiation())).append('\n');
        if (!p.options().equals(ViewOptions.ALL)) {
            sb.append(p.options().onlyChanges() ? "Only changes are shown" : "Every clause is shown")
                    .append(p.options().showEditorial() ? "." : "; editorial changes are not marked.").append('\n');
        }
        for (ThreeWayPresentation.Group group : p.groups()) {
            sb.append('\n').append(group.heading().title()).append('\n');
            if (group.heading().total() == 0) {
                sb.append("  (none)\n");
            } else if (group.rows().isEmpty()) {
                sb.append("  (no changes)\n");
            }
            group.rows().forEach(row -> row(sb, row));
        }
        return sb.toString();
    }

    /** "17 carried over unchanged, 3 changed from last year, … (1 verb change in negotiation)". */
    static String summary(Map<Story, Integer> counts, int verbChanges) {
        List<String> parts = new ArrayList<>();
        for (Story s : StoryWords.ORDER) {
            parts.add(counts.get(s) + " " + StoryWords.of(s));
        }
        return String.join(", ", parts) + " (" + verbChanges + (verbChanges == 1 ? " verb change" : " verb changes")
                + " in negotiation)";
    }

    private static void row(StringBuilder sb, ThreeWayPresentedRow row) {
        row.headings().forEach(h -> sb.append("  \u00A7 ").append(h).append('\n'));
        sb.append("  ").append(marker(row.story())).append(' ')
                .append(number(row.clause(Column.PREVIOUS))).append(" | ")
                .append(number(row.clause(Column.DRAFT))).append(" | ")
                .append(number(row.clause(Column.ADOPTED))).append("  ").append(status(row)).append('\n');
        if (!row.isChange()) {
            return;
        }
        for (NegotiationStep step : row.steps()) {
            if (!step.isChange()) {
                continue;
            }
            List<String> lines = RunText.lines(HistoryWording.oneColumn(step.row()));
            sb.append(INDENT).append(step.kind().title().replace("\u2192", "->")).append(": ")
                    .append(lines.get(0)).append('\n');
            for (String sub : lines.subList(1, lines.size())) {
                sb.append(INDENT).append("  ").append(sub).append('\n');
            }
        }
    }

    /** "changed in negotiation, new this session, verb Welcomes -> Recalls". */
    private static String status(ThreeWayPresentedRow row) {
        StringBuilder sb = new StringBuilder(row.storyText());
        for (Badge note : row.notes()) {
            sb.append(", ");
            if (note.kind() == Badge.Kind.VERB_CHANGED) {
                sb.append(note.text().replace("verb changed", "verb " + note.detail().replace("\u2192", "->")));
            } else {
                sb.append(note.text());
            }
        }
        return sb.toString();
    }

    private static String number(Clause c) {
        return c == null ? "-" : c.label();
    }

    private static String describe(Resolution r) {
        return r.displayName() + (r.date() == null ? "" : " (" + r.date() + ")");
    }

    /** One sign per story, for the eye and for grep. */
    static char marker(Story story) {
        switch (story) {
            case CARRIED_OVER: return '=';
            case CHANGED_FROM_LAST_YEAR: return '~';
            case NEW_THIS_SESSION: return '+';
            case NOT_CARRIED_OVER: return '-';
            case CHANGED_IN_NEGOTIATION: return '!';
            case ADDED_IN_NEGOTIATION: return '*';
            case DROPPED_IN_NEGOTIATION: return 'x';
            default: return '^';
        }
    }
}
