package org.clausewise.cli;

import java.util.Locale;
import java.util.function.BiConsumer;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ChangeSummary;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;
import org.clausewise.present.Badge;
import org.clausewise.present.GroupRow;
import org.clausewise.present.Presentation;
import org.clausewise.present.PresentedRow;
import org.clausewise.present.SubparagraphLine;
import org.clausewise.present.ViewOptions;

/**
 * The readable text form of a comparison, drawn from its presentation: one line per row shown,
 * with a marker ({@code =} unchanged, {@code ~} modified, {@code +} added, {@code -} removed,
 * {@code >} moved) and both numbers, then for a change its wording with {@code [-deleted-]} and
 * {@code {+inserted+}} inside it and its sub-paragraphs. Unchanged clauses get their line only.
 */
final class ComparisonText {
    private static final String INDENT = "      ";

    private ComparisonText() {
    }

    static String render(Presentation p) {
        Comparison c = p.comparison();
        StringBuilder sb = new StringBuilder();
        sb.append("Comparing ").append(describe(c.left())).append(" with ").append(describe(c.right())).append('\n');
        sb.append(summary(c.summary())).append('\n');
        if (!p.options().equals(ViewOptions.ALL)) {
            sb.append(p.options().onlyChanges() ? "Only changes are shown" : "Every clause is shown")
                    .append(p.options().showEditorial() ? "." : "; editorial changes are not marked.").append('\n');
        }
        groups(sb, p, ComparisonText::row);
        return sb.toString();
    }

    /**
     * The parts, sections and annexes with their headings, each row written by {@code row} (here the
     * row's numbers and status; {@code amend} writes the amended clause's text).
     */
    static void groups(StringBuilder sb, Presentation p, BiConsumer<StringBuilder, PresentedRow> row) {
        // texts with sections or annexes show the groups drawn; others every part, "(none)" included
        for (Presentation.Group group : p.structured() ? p.shownGroups() : p.groups()) {
            sb.append('\n');
            heading(sb, group.heading());
            if (group.heading().total() == 0) {
                if (!p.structured()) {
                    sb.append("  (none)\n");
                }
            } else if (group.rows().isEmpty()) {
                sb.append("  (no changes)\n");
            }
            for (PresentedRow r : group.rows()) {
                row.accept(sb, r);
            }
        }
    }

    /**
     * "Operative part"; a section's heading set in by its level, "IV. Questions relating to …"; an
     * annex's "Annex II Declaration …". A changed heading says what happened and shows its words' edits.
     */
    private static void heading(StringBuilder sb, GroupRow g) {
        sb.append("  ".repeat(Math.max(0, g.level() - 1))).append(g.title());
        if (g.isChange()) {
            sb.append("  (").append(g.description()).append(')').append('\n');
            sb.append(INDENT).append(RunText.brackets(g.redline()));
        }
        sb.append('\n');
    }

    private static void row(StringBuilder sb, PresentedRow row) {
        sb.append("  ").append(marker(row.kind())).append(' ').append(numbers(row.source()))
                .append("  ").append(status(row)).append('\n');
        if (!row.isChange()) {
            return;
        }
        sb.append(INDENT).append(RunText.brackets(row.redline())).append('\n');
        for (SubparagraphLine sub : row.subparagraphs()) {
            if (sub.kind() == null) {
                continue; // sub-paragraphs of a split or merge are not aligned: the wording above tells
            }
            sb.append(INDENT).append("  ".repeat(sub.level())).append(marker(sub.kind())).append(" (").append(sub.label()).append(") ")
                    .append(RunText.brackets(sub.redline())).append('\n');
        }
    }

    private static String describe(Resolution r) {
        return r.displayName() + (r.date() == null ? "" : " (" + r.date() + ")");
    }

    static String summary(ChangeSummary s) {
        return String.format(Locale.ROOT, "%d unchanged, %d modified, %d added, %d removed, %d moved"
                        + " (%d editorial, %d substantive, %d verb changes)",
                s.unchanged(), s.modified(), s.added(), s.removed(), s.moved(), s.editorial(), s.substantive(),
                s.verbChanges());
    }

    /** "OP 3 -> OP 4", "OP II.3 -> OP III.1", "Annex I ¶ 2 -> Annex I ¶ 3": each side's label. */
    private static String numbers(ClauseRow row) {
        String left = row.left() == null ? "" : row.left().label();
        String right = row.right() == null ? "" : row.right().label();
        switch (row.kind()) {
            case ADDED: return right;
            case REMOVED: return left;
            default: return left + " -> " + right;
        }
    }

    /** "modified, substantive, verb Welcomes -> Recalls": the kind shown, its class and the other badges. */
    private static String status(PresentedRow row) {
        StringBuilder sb = new StringBuilder(row.kind().jsonName());
        ChangeClass cls = row.source().changeClass();
        if (cls != null && (row.kind() == ChangeKind.MODIFIED || row.kind() == ChangeKind.MOVED)) {
            sb.append(", ").append(cls.jsonName());
        }
        for (Badge badge : row.badges()) {
            switch (badge.kind()) {
                case VERB_CHANGED:
                    sb.append(", verb ").append(badge.detail().replace("\u2192", "->"));
                    break;
                case MOVED:
                    if (badge.text().startsWith("moved from section")) {
                        sb.append(", ").append(badge.text().substring("moved ".length()));
                    }
                    break;
                case SPLIT:
                case MERGED:
                case SUBPARAGRAPHS_MOVED:
                case COARSE:
                    sb.append(", ").append(badge.text());
                    break;
                default:
                    break; // the kind and class above say it
            }
        }
        return sb.toString();
    }

    /** "=", "~", "+", "-" or ">" (moved): how the text forms of compare and amend mark a row. */
    static char marker(ChangeKind kind) {
        switch (kind) {
            case UNCHANGED: return '=';
            case MODIFIED: return '~';
            case ADDED: return '+';
            case REMOVED: return '-';
            default: return '>';
        }
    }
}
