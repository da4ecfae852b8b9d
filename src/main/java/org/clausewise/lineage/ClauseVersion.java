package org.clausewise.lineage;

import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Relation;
import org.clausewise.model.Resolution;
import org.clausewise.model.TextDiff;

/**
 * A clause as it stands in one text of its series.
 *
 * @param position    index of the text in the series' timeline
 * @param text        that text
 * @param clause      the clause in it (number, wording)
 * @param fromPrevious the comparison row that leads here from the text just before: left is the
 *                    previous version (null when the clause was added here), right is this clause.
 *                    Null for a clause of the series' first text, whose past is not known.
 */
public record ClauseVersion(int position, Resolution text, Clause clause, ClauseRow fromPrevious) {

    /** How the clause got here from the text before: ADDED, UNCHANGED, MODIFIED or MOVED; null at the series' start. */
    public ChangeKind kind() {
        return fromPrevious == null ? null : fromPrevious.kind();
    }

    /** True when the text before had no counterpart: the clause came in here. */
    public boolean isNew() {
        return fromPrevious == null || fromPrevious.left() == null;
    }

    /** Editorial or substantive when the wording changed from the previous version; null otherwise. */
    public ChangeClass wordingChange() {
        if (isNew() || fromPrevious.kind() == ChangeKind.UNCHANGED) {
            return null;
        }
        return fromPrevious.changeClass();
    }

    public boolean wordingChanged() {
        return wordingChange() != null;
    }

    /** Word-level difference from the previous version (its left side) to this one; null when new. */
    public TextDiff diffFromPrevious() {
        return isNew() ? null : fromPrevious.diff();
    }

    /** The previous version's clause; null when new. */
    public Clause previous() {
        return isNew() ? null : fromPrevious.left();
    }

    /** The previous version's clause was split into this one and another. */
    public boolean isSplit() {
        return fromPrevious != null && fromPrevious.relation() == Relation.SPLIT;
    }

    /** The clause was renumbered from the previous version (or now stands in another section or annex). */
    public boolean renumbered() {
        return !isNew() && !fromPrevious.left().label().equals(clause.label());
    }
}
