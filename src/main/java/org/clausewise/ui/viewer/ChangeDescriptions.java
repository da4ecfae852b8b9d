package org.clausewise.ui.viewer;

import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Relation;

/** The words a reader sees for a row: its paragraph label and what happened to it. */
public final class ChangeDescriptions {
    private ChangeDescriptions() {
    }

    /** "OP 8", or "OP 8 → OP 10" when the clause was renumbered; the left label for a removed clause. */
    public static String label(ClauseRow row) {
        if (row.left() == null) {
            return row.right().label();
        }
        if (row.right() == null || row.left().number() == row.right().number()) {
            return row.left().label();
        }
        return row.left().label() + " \u2192 " + row.right().label();
    }

    /** "added", "removed", "modified", "modified (editorial only)", "moved from OP 3" …, plus notes. */
    public static String detail(ClauseRow row) {
        StringBuilder sb = new StringBuilder(kindWords(row));
        if (row.verbChanged()) {
            sb.append(", verb changed");
        }
        if (row.relation() == Relation.SPLIT) {
            sb.append(", split");
        } else if (row.relation() == Relation.MERGED) {
            sb.append(", merged");
        }
        return sb.toString();
    }

    /** What the row's badge says: never colour alone, so every change has a word. */
    public static String kindWords(ClauseRow row) {
        switch (row.kind()) {
            case ADDED: return "added";
            case REMOVED: return "removed";
            case MOVED: return "moved from " + row.left().label();
            case MODIFIED: return isEditorialOnly(row) ? "editorial" : "modified";
            default: return "unchanged";
        }
    }

    /** A modified row whose wording changed only typographically (quotes, hyphens, OCR slips). */
    public static boolean isEditorialOnly(ClauseRow row) {
        return row.kind() == ChangeKind.MODIFIED && row.changeClass() == ChangeClass.EDITORIAL;
    }
}
