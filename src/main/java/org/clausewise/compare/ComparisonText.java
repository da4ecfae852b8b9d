package org.clausewise.compare;

import java.util.List;
import java.util.Locale;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ChangeSummary;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.EditOp;
import org.clausewise.model.Part;
import org.clausewise.model.Relation;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubparagraphRow;
import org.clausewise.model.TextDiff;
import org.clausewise.model.WordEdit;

/**
 * The readable text form of a comparison, clause by clause: one line per row with a marker
 * ({@code =} unchanged, {@code ~} modified, {@code +} added, {@code -} removed, {@code >} moved)
 * and both numbers, then for a change the wording with {@code [-deleted-]} and
 * {@code {+inserted+}} inside it. Unchanged clauses get their line only.
 */
public final class ComparisonText {
    private static final String INDENT = "      ";

    private ComparisonText() {
    }

    public static String render(Comparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append("Comparing ").append(describe(c.left())).append(" with ").append(describe(c.right())).append('\n');
        sb.append(summary(c.summary())).append('\n');
        part(sb, "Preamble", c.preamble());
        part(sb, "Operative part", c.operative());
        return sb.toString();
    }

    private static String describe(Resolution r) {
        return r.displayName() + (r.date() == null ? "" : " (" + r.date() + ")");
    }

    static String summary(ChangeSummary s) {
        return String.format(Locale.ROOT, "%d unchanged, %d modified, %d added, %d removed, %d moved"
                        + " (%d editorial, %d substantive, %d verb changes)",
                s.unchanged(), s.modified(), s.added(), s.removed(), s.moved(), s.editorial(), s.substantive(), s.verbChanges());
    }

    private static void part(StringBuilder sb, String title, List<ClauseRow> rows) {
        sb.append('\n').append(title).append('\n');
        if (rows.isEmpty()) {
            sb.append("  (none)\n");
        }
        for (ClauseRow row : rows) {
            sb.append("  ").append(marker(row.kind())).append(' ').append(numbers(row))
                    .append("  ").append(status(row)).append('\n');
            if (row.kind() == ChangeKind.UNCHANGED) {
                continue;
            }
            sb.append(INDENT).append(inline(row.diff())).append('\n');
            for (SubparagraphRow sub : row.subparagraphs()) {
                String label = sub.right() != null ? sub.right().label() : sub.left().label();
                sb.append(INDENT).append(marker(sub.kind())).append(" (").append(label).append(") ");
                sb.append(sub.kind() == ChangeKind.UNCHANGED ? sub.left().text() : inline(sub.diff())).append('\n');
            }
        }
    }

    private static String numbers(ClauseRow row) {
        String abbr = row.part() == Part.PREAMBLE ? "PP" : "OP";
        String left = row.left() == null ? "" : abbr + " " + row.leftNumber();
        String right = row.right() == null ? "" : abbr + " " + row.rightNumber();
        switch (row.kind()) {
            case ADDED: return right;
            case REMOVED: return left;
            default: return left + " -> " + right;
        }
    }

    private static String status(ClauseRow row) {
        StringBuilder sb = new StringBuilder(row.kind().jsonName());
        ChangeClass cls = row.changeClass();
        if (cls != null && row.kind() != ChangeKind.ADDED && row.kind() != ChangeKind.REMOVED) {
            sb.append(", ").append(cls.jsonName());
        }
        if (row.verbChanged()) {
            sb.append(", verb ").append(OperativeVerb.of(row.left().text())).append(" -> ")
                    .append(OperativeVerb.of(row.right().text()));
        }
        if (row.relation() == Relation.SPLIT) {
            sb.append(", split");
        } else if (row.relation() == Relation.MERGED) {
            sb.append(", merged");
        }
        if (row.diff().coarse()) {
            sb.append(" (").append(row.diff().note()).append(')');
        }
        return sb.toString();
    }

    private static char marker(ChangeKind kind) {
        switch (kind) {
            case UNCHANGED: return '=';
            case MODIFIED: return '~';
            case ADDED: return '+';
            case REMOVED: return '-';
            default: return '>';
        }
    }

    /** The wording with {@code [-deleted-]} and {@code {+inserted+}}; a run's leading space stays outside. */
    static String inline(TextDiff diff) {
        StringBuilder sb = new StringBuilder();
        EditOp previous = null;
        for (WordEdit e : diff.edits()) {
            String text = e.text();
            int words = 0;
            while (words < text.length() && Character.isWhitespace(text.charAt(words))) {
                words++;
            }
            if (e.op() == EditOp.INSERT && previous == EditOp.DELETE) {
                text = text.substring(words); // a replacement reads "held [-at-]{+in+} Durban"
                words = 0;
            }
            previous = e.op();
            switch (e.op()) {
                case EQUAL:
                    sb.append(text);
                    break;
                case DELETE:
                    sb.append(text, 0, words).append("[-").append(text.substring(words)).append("-]");
                    break;
                default:
                    sb.append(text, 0, words).append("{+").append(text.substring(words)).append("+}");
            }
        }
        return sb.toString();
    }
}
