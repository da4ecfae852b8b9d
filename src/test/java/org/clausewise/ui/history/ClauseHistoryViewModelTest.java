package org.clausewise.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.lineage.ClauseHistory;
import org.clausewise.lineage.ClauseVersion;
import org.clausewise.model.Part;
import org.junit.jupiter.api.Test;

/** The history list of the 67th-session OP 12 (draft "Welcomes", adopted "Recalls", 69th OP 13). */
class ClauseHistoryViewModelTest {
    private final ClauseHistory op12 = EnhancementSeries.lineage().historyOf(3, Part.OPERATIVE, 12).orElseThrow();
    private final ClauseHistoryViewModel model = new ClauseHistoryViewModel(op12, EnhancementSeries.series().title());

    @Test
    void oneItemPerTextOfTheSeriesAbsentBeforeTheDraft() {
        assertEquals(List.of("61st session", "65th session", "67th session", "67th session", "69th session"),
                model.items().stream().map(VersionItem::session).toList());
        assertEquals(List.of(VersionState.ABSENT, VersionState.ABSENT, VersionState.ADDED, VersionState.SUBSTANTIVE,
                VersionState.SUBSTANTIVE), model.items().stream().map(VersionItem::state).toList());
        assertTrue(model.items().get(2).draft());
        assertEquals("Draft", model.items().get(2).textName());
        assertEquals(model.items().get(2), model.firstAppearance());
        assertEquals("OP 13", model.items().get(4).number());
        assertTrue(model.items().get(4).status().contains("was OP 12"), model.items().get(4).status());
    }

    @Test
    void theAdoptedVersionShowsWelcomesStruckAndRecallsInserted() {
        List<StyledRun> runs = model.items().get(3).wording();
        assertTrue(runs.contains(new StyledRun("Welcomes", List.of(HistoryStyles.DELETED))), runs::toString);
        assertTrue(runs.contains(new StyledRun("Recalls", List.of(HistoryStyles.INSERTED))), runs::toString);
        String text = StyledRun.text(runs);
        assertTrue(text.startsWith("Welcomes Recalls the initiative"), text);
        assertTrue(runs.contains(new StyledRun(", as decided in Council resolution 19/33", List.of(HistoryStyles.INSERTED))),
                "the inserted tail is marked from its comma, without the space before it: " + runs);
    }

    @Test
    void changedRunsAreMarkedWithoutTheSpaceBeforeThem() {
        List<StyledRun> runs = model.items().get(4).wording();
        assertTrue(runs.contains(new StyledRun("held in 2013", List.of(HistoryStyles.INSERTED))), runs::toString);
        for (StyledRun run : runs) {
            if (!run.styles().isEmpty()) {
                assertTrue(!run.text().startsWith(" "), "marked run starts with a space: '" + run.text() + "'");
            }
        }
    }

    @Test
    void theFirstAppearanceIsShownPlainAndAbsentItemsHaveNoWording() {
        assertEquals(List.of(StyledRun.plain(op12.firstAppearance().clause().text())), model.firstAppearance().wording());
        assertTrue(model.items().get(0).wording().isEmpty());
        assertFalse(model.items().get(0).present());
    }

    @Test
    void summaryNamesTheFirstAppearanceTheChangesAndThatItIsStillThere() {
        assertEquals("History of OP 13 of A/RES/69/179", model.title());
        String s = model.summary();
        assertTrue(s.startsWith("First appears in the 67th session, Draft (OP 12)"), s);
        assertTrue(s.contains("wording changed in 2 texts (2 substantive)"), s);
        assertTrue(s.endsWith("still in the latest text"), s);
    }

    @Test
    void openingAFullTextHandsOverThatVersionButNotForAnAbsentOne() {
        List<ClauseVersion> opened = new ArrayList<>();
        model.setOnOpenFullText(opened::add);
        model.openFullText(model.items().get(0));
        assertTrue(opened.isEmpty());
        assertNull(model.selectedProperty().get());
        model.openFullText(model.items().get(3));
        assertEquals(List.of(op12.at(3).orElseThrow()), opened);
        assertEquals(model.items().get(3), model.selectedProperty().get());
    }

    @Test
    void fullTextMarksTheClauseInItsText() {
        ClauseVersion v = op12.at(3).orElseThrow();
        FullText full = FullText.of(v.text(), v.clause());
        String text = StyledRun.text(full.runs());
        assertTrue(text.substring(full.targetStart()).startsWith("12.  Recalls the initiative"),
                text.substring(full.targetStart(), full.targetStart() + 40));
        assertTrue(full.runs().stream().anyMatch(r -> r.styles().contains(FullText.TARGET)
                && r.text().startsWith("Recalls the initiative")));
    }
}
