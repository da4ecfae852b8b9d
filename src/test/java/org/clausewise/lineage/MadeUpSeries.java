package org.clausewise.lineage;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.EditOp;
import org.clausewise.model.Relation;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.TextDiff;
import org.clausewise.model.WordEdit;

/**
 * Made-up texts and a made-up comparer for edge cases of chaining, independent of the real
 * compare engine: clauses match when their first words are equal (the made-up texts give each
 * clause a distinct first word), and any other difference counts as substantive.
 */
final class MadeUpSeries {
    private MadeUpSeries() {
    }

    static Resolution text(int session, String... operative) {
        List<Clause> ops = new ArrayList<>();
        for (int i = 0; i < operative.length; i++) {
            ops.add(Clause.operative(i + 1, operative[i], List.of(), List.of()));
        }
        return new Resolution("A/RES/" + session + "/1", session, ResolutionKind.RESOLUTION, "Made-up series", null,
                List.of(), ops, List.of(), List.of(), "made-up-" + session + ".txt");
    }

    static Comparison byFirstWord(Resolution left, Resolution right) {
        List<ClauseRow> rows = new ArrayList<>();
        List<Clause> unmatched = new ArrayList<>(left.operative());
        int lastLeftIndex = -1;
        for (Clause r : right.operative()) {
            Clause match = unmatched.stream().filter(l -> l.leadingWord().equals(r.leadingWord())).findFirst()
                    .orElse(null);
            if (match == null) {
                rows.add(row(null, r, ChangeKind.ADDED, TextDiff.oneSided(r.text(), EditOp.INSERT)));
                continue;
            }
            unmatched.remove(match);
            int index = left.operative().indexOf(match);
            boolean same = match.text().equals(r.text());
            ChangeKind kind = index < lastLeftIndex ? ChangeKind.MOVED : same ? ChangeKind.UNCHANGED : ChangeKind.MODIFIED;
            lastLeftIndex = Math.max(lastLeftIndex, index);
            rows.add(row(match, r, kind, same ? TextDiff.none(r.text()) : replaced(match.text(), r.text())));
        }
        for (Clause l : unmatched) {
            rows.add(row(l, null, ChangeKind.REMOVED, TextDiff.oneSided(l.text(), EditOp.DELETE)));
        }
        return new Comparison(left, right, List.of(), rows);
    }

    static ClauseRow row(Clause left, Clause right, ChangeKind kind, TextDiff diff) {
        return new ClauseRow(org.clausewise.model.Part.OPERATIVE, left, right, kind, diff, false, List.of(),
                Relation.NONE);
    }

    static TextDiff replaced(String before, String after) {
        return new TextDiff(0.5, ChangeClass.SUBSTANTIVE, List.of(new WordEdit(EditOp.DELETE, before, false),
                new WordEdit(EditOp.INSERT, after, false)), List.of(), List.of());
    }
}
