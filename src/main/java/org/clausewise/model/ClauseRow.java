package org.clausewise.model;

import java.util.List;

/**
 * One row of the side-by-side comparison: a clause of the left text beside its counterpart in the
 * right text. {@code left} is null for an added clause, {@code right} null for a removed one.
 *
 * @param diff          word-level difference of the two clauses' display texts (their lead-ins
 *                      when they have sub-paragraphs); one-sided for added/removed rows
 * @param verbChanged   the operative verb (the clause's first word) changed, e.g. Welcomes → Recalls
 * @param subparagraphs the clause's lettered sub-paragraphs aligned with each other
 * @param relation      split / merged membership, NONE for the ordinary one-to-one row
 * @param fromSection   the left clause's section when the clause now stands in another section than
 *                      the one its old section became (a move between sections); null otherwise
 */
public record ClauseRow(Part part, Clause left, Clause right, ChangeKind kind, TextDiff diff,
                        boolean verbChanged, List<SubparagraphRow> subparagraphs, Relation relation,
                        String fromSection) {
    public ClauseRow {
        subparagraphs = List.copyOf(subparagraphs);
    }

    /** A row within one section (or of texts without sections). */
    public ClauseRow(Part part, Clause left, Clause right, ChangeKind kind, TextDiff diff,
                     boolean verbChanged, List<SubparagraphRow> subparagraphs, Relation relation) {
        this(part, left, right, kind, diff, verbChanged, subparagraphs, relation, null);
    }

    /** The clause changed section: it is MOVED, and {@link #fromSection()} says from where. */
    public boolean movedBetweenSections() {
        return fromSection != null;
    }

    public Integer leftNumber() {
        return left == null ? null : left.number();
    }

    public Integer rightNumber() {
        return right == null ? null : right.number();
    }

    /**
     * The row's class: the stronger of the lead-in's and the sub-paragraphs' classes; null when
     * nothing in the wording changed. Added and removed rows are substantive.
     */
    public ChangeClass changeClass() {
        if (kind == ChangeKind.ADDED || kind == ChangeKind.REMOVED) {
            return ChangeClass.SUBSTANTIVE;
        }
        ChangeClass strongest = diff.changeClass();
        for (SubparagraphRow sub : subparagraphs) {
            strongest = ChangeClass.stronger(strongest, sub.changeClass());
        }
        return strongest;
    }

    /** True for anything but an unchanged row. */
    public boolean isChange() {
        return kind != ChangeKind.UNCHANGED;
    }
}
