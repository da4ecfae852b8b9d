package org.clausewise.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.HeadingRow;
import org.clausewise.model.Relation;

/**
 * A clause that now stands in another section than the one its old section became is moved, even
 * when the clauses kept their order (the last paragraph of section II now opens section III).
 * Sections are followed through the heading rows, so a section renumbered (II → III) or renamed
 * is still the same section, and numbering that restarts per section is never a change.
 */
final class SectionMoves {
    private SectionMoves() {
    }

    static List<ClauseRow> mark(List<ClauseRow> rows, List<HeadingRow> headings) {
        Map<String, String> sameSection = new HashMap<>();
        Map<String, Boolean> rightSections = new HashMap<>();
        Map<String, Boolean> leftSections = new HashMap<>();
        for (HeadingRow h : headings) {
            if (h.left() != null && h.left().path() != null) {
                leftSections.put(h.left().path(), true);
                if (h.right() != null && h.right().path() != null) {
                    sameSection.putIfAbsent(h.left().path(), h.right().path());
                }
            }
            if (h.right() != null && h.right().path() != null) {
                rightSections.put(h.right().path(), true);
            }
        }
        if (leftSections.isEmpty() || rightSections.isEmpty()) {
            return rows; // one text has no sections: nothing can move between them
        }
        List<ClauseRow> out = new ArrayList<>(rows.size());
        for (ClauseRow row : rows) {
            out.add(movedBetweenSections(row, sameSection, leftSections, rightSections)
                    ? new ClauseRow(row.part(), row.left(), row.right(), ChangeKind.MOVED, row.diff(), row.verbChanged(),
                            row.subparagraphs(), row.relation(), row.left().section())
                    : row);
        }
        return out;
    }

    private static boolean movedBetweenSections(ClauseRow row, Map<String, String> sameSection,
                                                Map<String, Boolean> leftSections, Map<String, Boolean> rightSections) {
        Clause l = row.left();
        Clause r = row.right();
        if (l == null || r == null || row.relation() != Relation.NONE
                || l.section() == null || r.section() == null
                || !leftSections.containsKey(l.section()) || !rightSections.containsKey(r.section())) {
            return false;
        }
        return !r.section().equals(sameSection.get(l.section()));
    }
}
