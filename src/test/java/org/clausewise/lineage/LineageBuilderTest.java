package org.clausewise.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Part;
import org.clausewise.model.Relation;
import org.clausewise.model.Resolution;
import org.clausewise.model.TextDiff;
import org.junit.jupiter.api.Test;

/** Chaining rules on made-up texts; the real corpus is covered by CorpusLineageTest. */
class LineageBuilderTest {
    private final LineageBuilder builder = new LineageBuilder(MadeUpSeries::byFirstWord);

    private final Resolution s70 = MadeUpSeries.text(70, "Alpha stays", "Beta goes", "Gamma changes");
    private final Resolution s72 = MadeUpSeries.text(72, "Alpha stays", "Delta arrives", "Gamma changes a lot");
    private final Resolution s74 = MadeUpSeries.text(74, "Delta arrives", "Alpha stays", "Gamma changes a lot");

    @Test
    void everyClauseOfEveryTextBelongsToExactlyOneHistory() {
        SeriesLineage lineage = builder.build(List.of(s70, s72, s74));
        assertEquals(4, lineage.operative().size());
        int versions = lineage.operative().stream().mapToInt(h -> h.versions().size()).sum();
        assertEquals(3 + 3 + 3, versions);
        assertEquals(2, lineage.steps().size());
    }

    @Test
    void aClauseAddedMidSeriesFirstAppearsThereAndIsAbsentBefore() {
        SeriesLineage lineage = builder.build(List.of(s70, s72, s74));
        ClauseHistory delta = lineage.historyOf(1, Part.OPERATIVE, 2).orElseThrow();
        assertEquals(1, delta.firstAppearance().position());
        assertFalse(delta.presentFromStart());
        assertTrue(delta.at(0).isEmpty());
        assertEquals(ChangeKind.ADDED, delta.firstAppearance().kind());
        // Put at the top at the 74th session: still the same history, now OP 1.
        assertEquals(1, delta.latest().clause().number());
        assertTrue(delta.latest().renumbered());
        assertEquals(ChangeKind.MOVED, lineage.historyOf(2, Part.OPERATIVE, 2).orElseThrow().latest().kind(),
                "Alpha, now after Delta, is the one matched out of order");
    }

    @Test
    void aDroppedClauseEndsWhereTheNextTextNoLongerHasIt() {
        SeriesLineage lineage = builder.build(List.of(s70, s72, s74));
        ClauseHistory beta = lineage.historyOf(0, Part.OPERATIVE, 2).orElseThrow();
        assertEquals(1, beta.versions().size());
        assertEquals(s72, beta.droppedIn().orElseThrow());
        assertTrue(beta.presentFromStart());
    }

    @Test
    void wordingChangesAreListedWithTheirClassAndDiff() {
        SeriesLineage lineage = builder.build(List.of(s70, s72, s74));
        ClauseHistory gamma = lineage.historyOf(2, Part.OPERATIVE, 3).orElseThrow();
        assertEquals(List.of(1), gamma.wordingChanges().stream().map(ClauseVersion::position).toList());
        ClauseVersion changed = gamma.wordingChanges().get(0);
        assertEquals(ChangeClass.SUBSTANTIVE, changed.wordingChange());
        assertEquals("Gamma changes", changed.previous().text());
        assertEquals("Gamma changes a lot", changed.clause().text());
        assertTrue(changed.diffFromPrevious().changed());
        assertNull(gamma.at(2).orElseThrow().wordingChange(), "unchanged at the 74th session");
    }

    @Test
    void historiesReadInTheNewestTextsOrderWithDroppedClausesWhereTheyStood() {
        SeriesLineage lineage = builder.build(List.of(s70, s72, s74));
        assertEquals(List.of("Delta arrives", "Alpha stays", "Beta goes", "Gamma changes a lot"),
                lineage.operative().stream().map(h -> h.latest().clause().text()).toList());
    }

    @Test
    void aSplitClauseContinuesInItsFirstPartAndStartsAHistoryForTheSecond() {
        Resolution before = MadeUpSeries.text(70, "Alpha and beta together");
        Resolution after = MadeUpSeries.text(72, "Alpha alone", "Beta alone");
        Clause whole = before.operative().get(0);
        TextComparer split = (l, r) -> new Comparison(l, r, List.of(), List.of(
                splitRow(whole, r.operative().get(0)), splitRow(whole, r.operative().get(1))));
        SeriesLineage lineage = new LineageBuilder(split).build(List.of(before, after));
        assertEquals(2, lineage.operative().size());
        ClauseHistory first = lineage.historyOf(1, Part.OPERATIVE, 1).orElseThrow();
        ClauseHistory second = lineage.historyOf(1, Part.OPERATIVE, 2).orElseThrow();
        assertEquals(2, first.versions().size());
        assertEquals(1, second.versions().size());
        assertTrue(second.firstAppearance().isSplit());
        assertEquals(whole, second.firstAppearance().previous());
    }

    @Test
    void aClauseTheComparisonLeftOutStillGetsAHistory() {
        Resolution before = MadeUpSeries.text(70, "Alpha");
        Resolution after = MadeUpSeries.text(72, "Alpha", "Omega forgotten by the comparer");
        TextComparer forgetful = (l, r) -> new Comparison(l, r, List.of(), List.of(
                MadeUpSeries.row(l.operative().get(0), r.operative().get(0), ChangeKind.UNCHANGED,
                        TextDiff.none("Alpha"))));
        SeriesLineage lineage = new LineageBuilder(forgetful).build(List.of(before, after));
        assertTrue(lineage.historyOf(1, Part.OPERATIVE, 2).isPresent());
    }

    @Test
    void aSingleTextSeriesHasOneVersionPerClauseAndNoSteps() {
        SeriesLineage lineage = builder.build(List.of(s70));
        assertEquals(3, lineage.operative().size());
        assertEquals(List.of(), lineage.steps());
        assertTrue(lineage.operative().get(0).droppedIn().isEmpty());
    }

    private static ClauseRow splitRow(Clause left, Clause right) {
        return new ClauseRow(Part.OPERATIVE, left, right, ChangeKind.MODIFIED,
                MadeUpSeries.replaced(left.text(), right.text()), false, List.of(), Relation.SPLIT);
    }
}
