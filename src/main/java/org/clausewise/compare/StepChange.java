package org.clausewise.compare;

import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Relation;
import org.clausewise.model.SubparagraphRow;

/**
 * How much one step of a clause's story (last year → draft, draft → adopted) changed it. Editorial
 * changes (quotes, hyphens, OCR slips) never make a story: a clause whose only change is editorial
 * is still carried over. A move, a split or merge and reordered sub-paragraphs are changes of their
 * own whatever the wording, as in the two-way view.
 */
public enum StepChange {
    NONE, EDITORIAL, CHANGED;

    /** The step of a comparison row; NONE for a missing row. An added or removed clause is CHANGED. */
    public static StepChange of(ClauseRow row) {
        if (row == null || row.kind() == ChangeKind.UNCHANGED) {
            return NONE;
        }
        boolean reordered = row.subparagraphs().stream().anyMatch(s -> s.kind() == ChangeKind.MOVED);
        boolean editorialOnly = row.kind() == ChangeKind.MODIFIED && row.relation() == Relation.NONE
                && row.changeClass() == ChangeClass.EDITORIAL && !reordered;
        return editorialOnly ? EDITORIAL : CHANGED;
    }

    /** The step of one sub-paragraph inside its clause. */
    public static StepChange of(SubparagraphRow row) {
        if (row == null || row.kind() == ChangeKind.UNCHANGED) {
            return NONE;
        }
        boolean editorialOnly = row.kind() == ChangeKind.MODIFIED && row.diff() != null
                && row.diff().changeClass() == ChangeClass.EDITORIAL;
        return editorialOnly ? EDITORIAL : CHANGED;
    }
}
