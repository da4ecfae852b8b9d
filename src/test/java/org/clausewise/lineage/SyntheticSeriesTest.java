package org.clausewise.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausewise.model.Resolution;
import org.junit.jupiter.api.Test;

/** The benchmark's 20-text series made from the five real texts of the "Enhancement" series. */
class SyntheticSeriesTest {
    private final List<Resolution> real = CorpusSeries.seriesOf("A-RES-69-179.txt");
    private final List<Resolution> twenty = SyntheticSeries.extend(real, 20);

    @Test
    void startsWithTheRealTextsAndGoesOnInLaterSessions() {
        assertEquals(20, twenty.size());
        assertEquals(real, twenty.subList(0, 5));
        for (int i = 5; i < 20; i++) {
            assertEquals(61 + i, twenty.get(i).session());
        }
    }

    @Test
    void eachRepetitionDropsAClauseAndRewordsSome() {
        Resolution again = twenty.get(9); // the 69th-session text, first repetition
        assertEquals(real.get(4).operative().size() - 1, again.operative().size());
        assertTrue(again.operative().stream().anyMatch(c -> c.text().endsWith(" in round 1")));
        assertNotEquals(real.get(4).operative(), again.operative());
    }

    @Test
    void everyClauseOfTheTwentyTextsGetsItsHistory() {
        SeriesLineage lineage = new LineageBuilder().build(twenty);
        int clauses = twenty.stream().mapToInt(t -> t.preamble().size() + t.operative().size()).sum();
        int versions = lineage.preamble().stream().mapToInt(h -> h.versions().size()).sum()
                + lineage.operative().stream().mapToInt(h -> h.versions().size()).sum();
        assertEquals(clauses, versions);
        assertEquals(19, lineage.steps().size());
    }
}
