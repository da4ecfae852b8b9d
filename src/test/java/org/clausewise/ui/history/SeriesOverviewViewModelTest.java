package org.clausewise.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.lineage.ClauseHistory;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.junit.jupiter.api.Test;

/** The clauses × sessions grid of the "Enhancement of international cooperation" series. */
class SeriesOverviewViewModelTest {
    private final SeriesOverviewViewModel model = new SeriesOverviewViewModel(EnhancementSeries.lineage(),
            EnhancementSeries.series().title());

    @Test
    void columnsAreTheTextsInTimelineOrderWithTheDraftMarked() {
        assertEquals(List.of("A/RES/61/168", "A/RES/65/218", "Draft", "A/RES/67/169", "A/RES/69/179"),
                model.columns().stream().map(OverviewColumn::textName).toList());
        assertTrue(model.columns().get(2).draft());
        assertTrue(model.summary().startsWith("5 texts, 61st session to 69th session"), model.summary());
    }

    @Test
    void operativeRowsFollowThe69thSessionTextAndShowWhereEachClauseCameIn() {
        List<OverviewRow> rows = model.rows(Part.OPERATIVE);
        assertEquals("OP 1", rows.get(0).label());
        assertEquals(VersionState.FROM_START, rows.get(0).cells().get(0).state());
        OverviewRow op8 = rows.get(7);
        assertEquals("OP 8", op8.label());
        assertEquals(List.of(VersionState.ABSENT, VersionState.ABSENT, VersionState.ABSENT, VersionState.ABSENT,
                VersionState.ADDED), op8.cells().stream().map(OverviewCell::state).toList());
        assertEquals("8 +", op8.cells().get(4).label());
        assertTrue(op8.cells().get(4).tooltip().contains("first appearance"), op8.cells().get(4).tooltip());
        assertTrue(op8.preview().startsWith("Emphasizes the need"), op8.preview());
    }

    @Test
    void theDraftsOp12ChangesSubstantivelyInTheAdoptedText() {
        OverviewRow row = model.rows(Part.OPERATIVE).stream().filter(r -> r.label().equals("OP 13")).findFirst()
                .orElseThrow();
        assertEquals("12 Δ", row.cells().get(3).label());
        assertEquals(VersionState.SUBSTANTIVE, row.cells().get(3).state());
        assertEquals("12 +", row.cells().get(2).label());
    }

    @Test
    void everyClauseOfEveryTextHasOneCell() {
        for (Part part : Part.values()) {
            for (int col = 0; col < model.columns().size(); col++) {
                int position = col;
                long present = model.rows(part).stream().map(r -> r.cells().get(position))
                        .filter(c -> c.state() != VersionState.ABSENT && c.state() != VersionState.DROPPED).count();
                assertEquals(model.columns().get(col).text().clauses(part).size(), present, part + " col " + col);
            }
        }
    }

    @Test
    void cellsOpenHistoriesAndColumnsOpenTheComparisonWithTheTextBefore() {
        List<ClauseHistory> histories = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        model.setOnOpenHistory(histories::add);
        model.setOnOpenComparison((Resolution l, Resolution r) -> pairs.add(l.displayName() + " → " + r.displayName()));
        OverviewRow op8 = model.rows(Part.OPERATIVE).get(7);
        model.openHistory(op8);
        assertEquals(List.of(op8.history()), histories);
        assertFalse(model.openComparison(0), "the first text has nothing before it");
        assertTrue(model.openComparison(3));
        assertEquals(List.of("Draft (67th session) → A/RES/67/169"), pairs);
        pairs.clear();
        assertTrue(model.openComparison(4, 0), "any pair, the older text on the left");
        assertFalse(model.openComparison(2, 2));
        assertFalse(model.openComparison(1, 5));
        assertEquals(List.of("A/RES/61/168 → A/RES/69/179"), pairs);
    }
}
