package org.clausewise.present;

import java.util.List;
import java.util.stream.Collectors;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Part;

/**
 * One clause row as it is shown, the same for every drawer: its label, what happened to it as far
 * as the view options let it show, its badges, and each side's text as runs.
 *
 * @param source        the comparison's row (its clauses, for copy, footnotes and history)
 * @param label         "PP 3", or "OP 8 → OP 10" when the clause was renumbered
 * @param kind          what the reader is shown happened: UNCHANGED for an editorial-only change
 *                      while editorial changes are hidden
 * @param editorialOnly a change of quotes, hyphens and OCR slips only (drawn in the quieter style)
 * @param badges        what happened, in words; empty for an unchanged row
 * @param left          the left clause's lead-in as runs, or null where the left text has no counterpart
 * @param right         the right clause's lead-in as runs, or null
 * @param subparagraphs the clause's sub-paragraphs beside their counterparts
 * @param redline       the lead-in in one column: deletions and insertions in reading order
 */
public record PresentedRow(ClauseRow source, String label, ChangeKind kind, boolean editorialOnly,
                           List<Badge> badges, List<Run> left, List<Run> right,
                           List<SubparagraphLine> subparagraphs, List<Run> redline) implements DisplayRow {
    public PresentedRow {
        badges = List.copyOf(badges);
        left = left == null ? null : List.copyOf(left);
        right = right == null ? null : List.copyOf(right);
        subparagraphs = List.copyOf(subparagraphs);
        redline = List.copyOf(redline);
    }

    public Part part() {
        return source.part();
    }

    /** A change the reader is shown: it is in the change list and F7 stops at it. */
    public boolean isChange() {
        return kind != ChangeKind.UNCHANGED;
    }

    public boolean has(Side side) {
        return lead(side) != null;
    }

    public Clause clause(Side side) {
        return side.clause(source);
    }

    /** "OP 8" of one side, or null where it has no clause. */
    public String label(Side side) {
        Clause c = clause(side);
        return c == null ? null : c.label();
    }

    /** One side's lead-in runs, null where that side has no clause. */
    public List<Run> lead(Side side) {
        return side == Side.LEFT ? left : right;
    }

    /** The badges in words: "moved from OP 3, verb changed"; "unchanged" when there are none. */
    public String description() {
        return badges.isEmpty() ? "unchanged" : badges.stream().map(Badge::text).collect(Collectors.joining(", "));
    }

    /** "OP 8 → OP 10 — modified, verb changed": a line of the change list. */
    public String summaryLine() {
        return label + " \u2014 " + description();
    }

    public boolean hasBadge(Badge.Kind kind) {
        return badges.stream().anyMatch(b -> b.kind() == kind);
    }

    /**
     * One side as one text: the lead-in, then each sub-paragraph on its own line after a line
     * break, "(a) " and its text. Empty where the side has no clause. The window's text areas and
     * find-in-text show this.
     */
    public List<Run> text(Side side) {
        List<Run> lead = lead(side);
        if (lead == null) {
            return List.of();
        }
        RunBuilder b = new RunBuilder().addAll(lead);
        for (SubparagraphLine sub : subparagraphs) {
            List<Run> runs = sub.runs(side);
            if (runs != null) {
                b.subparagraph(sub.label(side), sub.level()).addAll(runs);
            }
        }
        return b.build();
    }
}
