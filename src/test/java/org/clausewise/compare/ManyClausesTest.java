package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Part;
import org.junit.jupiter.api.Test;

/**
 * Found by fuzzing: a text of tens of thousands of one-line clauses made the aligner build a
 * similarity matrix of every pair (900 million cells for 30,000 clauses: minutes, gigabytes).
 * Long parts are now aligned by equal text first; every clause still gets its row.
 */
class ManyClausesTest {
    private static List<Clause> clauses(int n, int changeEvery, String change) {
        List<Clause> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = "Recalling the report on item " + i + " of the list of texts"
                    + (changeEvery > 0 && i % changeEvery == 0 ? change : ",");
            list.add(Clause.preambular(i + 1, text, List.of()));
        }
        return list;
    }

    @Test
    void twentyThousandClausesAgainstTwentyThousandAreAlignedInTime() {
        List<Clause> left = clauses(20_000, 0, "");
        List<Clause> right = clauses(20_000, 10, " and its annex,");
        List<ClauseRow> rows = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new PartComparer(new TextCache()).compare(left, right));
        assertEquals(20_000, rows.size(), "one row per clause pair");
        assertEquals(18_000, rows.stream().filter(r -> r.kind() == ChangeKind.UNCHANGED).count());
        assertEquals(2_000, rows.stream().filter(r -> r.kind() == ChangeKind.MODIFIED).count(),
                "a changed clause inside a short stretch is still paired by similarity");
        assertEquals(Part.PREAMBLE, rows.get(0).part());
    }

    @Test
    void evenWhenEveryOtherClauseChangedEachStillGetsItsPair() {
        List<Clause> left = clauses(20_000, 0, "");
        List<Clause> right = clauses(20_000, 2, " and its annex,");
        List<ClauseRow> rows = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new PartComparer(new TextCache()).compare(left, right));
        assertEquals(20_000, rows.size());
        assertEquals(10_000, rows.stream().filter(r -> r.kind() == ChangeKind.UNCHANGED).count());
        assertEquals(10_000, rows.stream().filter(r -> r.kind() == ChangeKind.MODIFIED).count());
    }
}
