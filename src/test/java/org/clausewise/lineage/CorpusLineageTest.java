package org.clausewise.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.EditOp;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.model.WordEdit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clause histories of the "Enhancement of international cooperation" series of corpus/: 61st,
 * 65th, 67th draft, 67th, 69th session. Expected alignments come from src/test/resources/pairs.json.
 */
class CorpusLineageTest {
    private static List<Resolution> enhancement;
    private static SeriesLineage lineage;

    @BeforeAll
    static void build() {
        enhancement = CorpusSeries.seriesOf("A-RES-69-179.txt");
        lineage = new LineageBuilder().build(enhancement);
    }

    @Test
    void theSeriesRunsFrom61stTo69thWithTheDraftBeforeItsAdoptedText() {
        assertEquals(List.of("A-RES-61-168.txt", "A-RES-65-218.txt", "A-67-draft-Third-Committee.txt",
                "A-RES-67-169.txt", "A-RES-69-179.txt"), enhancement.stream().map(Resolution::source).toList());
    }

    @Test
    void op8AddedAtThe69thSessionFirstAppearsThere() {
        ClauseHistory h = operative("A-RES-69-179.txt", 8);
        assertEquals(69, h.firstAppearance().text().session());
        assertEquals("A/RES/69/179", h.firstAppearance().text().symbol());
        assertFalse(h.presentFromStart());
        for (int position = 0; position < 4; position++) {
            assertTrue(h.at(position).isEmpty(), "absent from " + enhancement.get(position).source());
        }
        assertTrue(h.firstAppearance().clause().text().startsWith("Emphasizes the need for a cooperative approach"),
                h.firstAppearance().clause().text());
    }

    @Test
    void op1Of69thSessionTracesBackToOp1Of61st() {
        ClauseHistory h = operative("A-RES-69-179.txt", 1);
        assertTrue(h.presentFromStart());
        assertEquals("A/RES/61/168", h.firstAppearance().text().symbol());
        assertEquals(List.of(1, 1, 1, 1, 1), h.versions().stream().map(v -> v.clause().number()).toList());
        assertTrue(h.droppedIn().isEmpty());
    }

    @Test
    void op8AddedAtThe65thSessionIsAbsentAtThe61stAndBecomesOp9() {
        ClauseHistory h = operative("A-RES-65-218.txt", 8);
        assertEquals(65, h.firstAppearance().text().session());
        assertTrue(h.at(0).isEmpty(), "absent from A/RES/61/168");
        // pairs.json: 65→67 keeps it as OP 8, 67→69 moves it to OP 9.
        assertEquals(9, h.latest().clause().number());
        assertEquals("A/RES/69/179", h.latest().text().symbol());
    }

    @Test
    void op12Of67thSessionShowsTheDraftsWelcomesBecomingRecalls() {
        ClauseHistory h = operative("A-RES-67-169.txt", 12);
        ClauseVersion draft = h.at(2).orElseThrow();
        ClauseVersion adopted = h.at(3).orElseThrow();
        assertEquals("Welcomes", draft.clause().leadingWord());
        assertEquals("Recalls", adopted.clause().leadingWord());
        assertEquals(ChangeClass.SUBSTANTIVE, adopted.wordingChange());
        assertTrue(adopted.fromPrevious().verbChanged());
        List<WordEdit> edits = adopted.diffFromPrevious().edits();
        assertTrue(edits.stream().anyMatch(e -> e.op() == EditOp.DELETE && e.text().contains("Welcomes")), edits::toString);
        assertTrue(edits.stream().anyMatch(e -> e.op() == EditOp.INSERT && e.text().contains("Recalls")), edits::toString);
        // The clause came in with the draft: the 65th-session text has no counterpart.
        assertEquals(draft, h.firstAppearance());
        assertTrue(h.wordingChanges().contains(adopted));
    }

    @Test
    void everyExpectedOperativeMappingOfPairsJsonIsOneHistoryEvenAcrossTextsBetween() throws IOException {
        Properties seedFiles = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/seed-files.properties")) {
            seedFiles.load(in);
        }
        JsonNode pairs;
        try (InputStream in = getClass().getResourceAsStream("/pairs.json")) {
            pairs = new ObjectMapper().readTree(in);
        }
        int checked = 0;
        for (JsonNode pair : pairs) {
            int left = position(seedFiles.getProperty(pair.get("left").asText()));
            int right = position(seedFiles.getProperty(pair.get("right").asText()));
            if (right < left) {
                continue; // the reversed pair says nothing new about a history
            }
            Iterator<Map.Entry<String, JsonNode>> map = pair.get("operative_map").fields();
            while (map.hasNext()) {
                Map.Entry<String, JsonNode> m = map.next();
                ClauseHistory h = lineage.historyOf(left, Part.OPERATIVE, Integer.parseInt(m.getKey())).orElseThrow();
                assertEquals(m.getValue().asInt(), h.at(right).orElseThrow().clause().number(),
                        pair.get("note").asText() + ": OP " + m.getKey());
                checked++;
            }
            for (JsonNode added : pair.get("operative_added")) {
                ClauseHistory h = lineage.historyOf(right, Part.OPERATIVE, added.asInt()).orElseThrow();
                assertTrue(h.at(left).isEmpty(), pair.get("note").asText() + ": added OP " + added);
                checked++;
            }
        }
        // 61→65, 65→67 (through the draft), 67→69, draft→67 and 61→69 (through every text between)
        assertEquals(11 + 1 + 12 + 2 + 14 + 1 + 14 + 11 + 4, checked, "all forward pairs of pairs.json were checked");
    }

    @Test
    void everyClauseOfEveryTextIsInExactlyOneHistory() {
        for (Part part : Part.values()) {
            int clauses = enhancement.stream().mapToInt(t -> t.clauses(part).size()).sum();
            int versions = lineage.histories(part).stream().mapToInt(h -> h.versions().size()).sum();
            assertEquals(clauses, versions, part.name());
        }
    }

    @Test
    void theRenamedOmbudsmanSeriesIsFollowedAcrossItsChangeOfTitle() {
        List<Resolution> ombudsman = CorpusSeries.seriesOf("A-RES-79-177.txt");
        SeriesLineage l = new LineageBuilder().build(ombudsman);
        assertEquals(List.of(72, 75, 79), ombudsman.stream().map(Resolution::session).toList());
        ClauseHistory op1 = l.historyOf(2, Part.OPERATIVE, 1).orElseThrow();
        assertNotNull(op1.firstAppearance());
        assertEquals(72, op1.firstAppearance().text().session(), "OP 1 of 79/177 goes back to 72/186");
    }

    private static ClauseHistory operative(String file, int number) {
        return lineage.historyOf(position(file), Part.OPERATIVE, number).orElseThrow();
    }

    private static int position(String file) {
        for (int i = 0; i < enhancement.size(); i++) {
            if (enhancement.get(i).source().equals(file)) {
                return i;
            }
        }
        throw new AssertionError(file + " is not in the series");
    }
}
