package org.clausewise.present;

import java.util.List;
import java.util.stream.Collectors;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.HeadingRow;

/**
 * A heading over the clause rows that follow: a part ("Preamble", "Operative part"), a section of
 * the text ("IV. Questions relating to …", one level deeper per level of nesting) or an annex
 * ("Annex II Political declaration"). A section's or annex's heading is compared like a clause: it
 * shows both sides' words, with word edits when it was renamed, and a changed heading is in the
 * change list and a stop of F7.
 *
 * @param kind          what the group is
 * @param level         0 for a part or an annex, 1 for a section in it, 2 for a section in that …
 * @param title         the heading as shown (the right text's, or the left one's when removed)
 * @param shown         how many of the group's own clause rows are shown (fewer when only changes are shown)
 * @param total         how many clause rows the group has (not counting those of its sub-sections)
 * @param source        the comparison's heading row; null for a part
 * @param change        what the reader is shown happened to the heading (UNCHANGED for a part, or
 *                      for an editorial-only change while editorial changes are hidden)
 * @param editorialOnly the heading's words changed only in quotes, hyphens or spacing
 * @param badges        what happened, in words; empty when nothing did
 * @param left          the left heading as runs ("IV. " then its words, deletions marked), null where it has none
 * @param right         the right heading as runs, null where it has none
 * @param redline       the heading's words in one column, deletions and insertions in reading order
 *                      (command line); just the title for a part
 */
public record GroupRow(Kind kind, int level, String title, int shown, int total, HeadingRow source,
                       ChangeKind change, boolean editorialOnly, List<Badge> badges, List<Run> left,
                       List<Run> right, List<Run> redline) implements DisplayRow {
    public enum Kind { PART, SECTION, ANNEX }

    public GroupRow {
        change = change == null ? ChangeKind.UNCHANGED : change;
        badges = List.copyOf(badges);
        left = left == null ? null : List.copyOf(left);
        right = right == null ? null : List.copyOf(right);
        redline = redline == null ? List.of(Run.plain(title)) : List.copyOf(redline);
    }

    /** A part's heading, which is never a change itself. */
    public GroupRow(Kind kind, int level, String title, int shown, int total) {
        this(kind, level, title, shown, total, null, ChangeKind.UNCHANGED, false, List.of(), null, null, null);
    }

    /** Some rows of the group are left out (only changes are shown). */
    public boolean filtered() {
        return shown < total;
    }

    /** A heading the reader is shown changed: it is in the change list and F7 stops at it. */
    public boolean isChange() {
        return change != ChangeKind.UNCHANGED;
    }

    /** A part has one title; a section or annex has each side's heading, as runs. */
    public boolean hasSides() {
        return source != null;
    }

    /** One side's heading runs, null where that side has no such heading (or for a part). */
    public List<Run> heading(Side side) {
        return side == Side.LEFT ? left : right;
    }

    public boolean has(Side side) {
        return heading(side) != null;
    }

    /** "Section IV", "Annex II", or the title of a heading without a label: how the change list names it. */
    public String name() {
        if (source == null) {
            return title;
        }
        var h = source.shown();
        String label = h.label().replaceAll("[.:]+$", "");
        if (kind == Kind.ANNEX) {
            return label;
        }
        if (label.isEmpty()) {
            return "Heading \u201C" + title + "\u201D";
        }
        return label.matches("(?i)(section|part|chapter|article|rule)\\b.*") ? label : "Section " + label;
    }

    /** The badges in words: "renamed", "added"; "unchanged" when there are none. */
    public String description() {
        return badges.isEmpty() ? "unchanged" : badges.stream().map(Badge::text).collect(Collectors.joining(", "));
    }

    /** "Section IV — renamed": a line of the change list. */
    public String summaryLine() {
        return name() + " \u2014 " + description();
    }
}
