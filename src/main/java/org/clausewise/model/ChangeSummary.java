package org.clausewise.model;

import java.util.Collection;

/** Counts of rows per kind of change, plus how many changed rows are editorial or substantive. */
public record ChangeSummary(int unchanged, int modified, int added, int removed, int moved,
                            int editorial, int substantive, int verbChanges) {

    public static ChangeSummary of(Collection<ClauseRow> rows) {
        int[] kinds = new int[ChangeKind.values().length];
        int editorial = 0;
        int substantive = 0;
        int verbs = 0;
        for (ClauseRow row : rows) {
            kinds[row.kind().ordinal()]++;
            ChangeClass c = row.changeClass();
            if (row.kind() == ChangeKind.MODIFIED || row.kind() == ChangeKind.MOVED) {
                if (c == ChangeClass.EDITORIAL) {
                    editorial++;
                } else if (c == ChangeClass.SUBSTANTIVE) {
                    substantive++;
                }
            }
            if (row.verbChanged()) {
                verbs++;
            }
        }
        return new ChangeSummary(kinds[ChangeKind.UNCHANGED.ordinal()], kinds[ChangeKind.MODIFIED.ordinal()],
                kinds[ChangeKind.ADDED.ordinal()], kinds[ChangeKind.REMOVED.ordinal()],
                kinds[ChangeKind.MOVED.ordinal()], editorial, substantive, verbs);
    }

    /**
     * Clause rows and heading rows (sections, annex titles) counted alike: a renamed heading is one
     * modified row, editorial or substantive by its words.
     */
    public static ChangeSummary of(Collection<ClauseRow> rows, Collection<HeadingRow> headings) {
        ChangeSummary s = of(rows);
        if (headings.isEmpty()) {
            return s;
        }
        int[] kinds = {s.unchanged, s.modified, s.added, s.removed, s.moved};
        int editorial = s.editorial;
        int substantive = s.substantive;
        for (HeadingRow h : headings) {
            kinds[h.kind().ordinal()]++;
            ChangeClass c = h.kind() == ChangeKind.MODIFIED || h.kind() == ChangeKind.MOVED ? h.diff().changeClass() : null;
            if (c == ChangeClass.EDITORIAL) {
                editorial++;
            } else if (c == ChangeClass.SUBSTANTIVE) {
                substantive++;
            }
        }
        return new ChangeSummary(kinds[0], kinds[1], kinds[2], kinds[3], kinds[4], editorial, substantive, s.verbChanges);
    }

    public int count(ChangeKind kind) {
        switch (kind) {
            case UNCHANGED: return unchanged;
            case MODIFIED: return modified;
            case ADDED: return added;
            case REMOVED: return removed;
            default: return moved;
        }
    }
}
