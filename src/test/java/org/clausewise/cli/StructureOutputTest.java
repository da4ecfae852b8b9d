package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.compare.MadeUpStructure;
import org.clausewise.present.Presentation;
import org.clausewise.present.ViewOptions;
import org.junit.jupiter.api.Test;

/**
 * {@code compare}'s JSON and text for texts with sections, an annex and nested sub-paragraphs (the
 * additions of docs/cli-contract.md), and none of those additions for texts without them.
 */
class StructureOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Presentation all = Presentation.of(MadeUpStructure.comparison(), ViewOptions.ALL);

    @Test
    void rowsCarryTheirLabelAndSectionAndAMoveBetweenSectionsSaysFromWhere() throws Exception {
        JsonNode j = JSON.readTree(Json.write(CompareCommand.json(all)));
        List<String> rows = new ArrayList<>();
        for (JsonNode row : j.get("operative")) {
            rows.add(row.get("label").asText() + " [" + row.get("section").asText() + "] " + row.get("status").asText()
                    + (row.has("fromSection") ? " from " + row.get("fromSection").asText() : ""));
        }
        assertEquals(List.of("OP I.1 [I] added", "OP I.1 \u2192 OP II.1 [II] unchanged", "OP I.2 \u2192 OP II.2 [II] unchanged",
                "OP I.3 \u2192 OP III.1 [III] moved from I", "OP II.1 \u2192 OP III.2 [III] unchanged",
                "OP II.2 \u2192 OP III.3 [III] modified"), rows);
        JsonNode port = j.get("operative").get(5).get("subparagraphs");
        assertEquals("b", port.get(2).get("left").asText());
        assertEquals("c", port.get(2).get("right").asText());
        assertEquals("modified", port.get(2).get("subparagraphs").get(1).get("status").asText(), "the nested (ii)");
        assertFalse(port.get(0).has("subparagraphs"), "no nested key where there are none");
    }

    @Test
    void headingsAndAnnexesAreRowsOfTheirOwn() throws Exception {
        JsonNode j = JSON.readTree(Json.write(CompareCommand.json(all)));
        List<String> headings = new ArrayList<>();
        for (JsonNode h : j.get("headings")) {
            headings.add(path(h.get("left")) + " -> " + path(h.get("right")) + " " + h.get("status").asText()
                    + " level " + h.get("level").asInt());
        }
        assertEquals(List.of("null -> I added level 1", "I -> II modified level 1", "II -> III unchanged level 1"), headings);
        JsonNode annex = j.get("annexes").get(0);
        assertEquals("I", annex.get("left").asText());
        assertEquals("Annex I", annex.get("label").asText());
        assertEquals("unchanged", annex.get("title").get("status").asText());
        assertEquals(3, annex.get("rows").size());
        assertEquals("Annex I \u00B6 3", annex.get("rows").get(2).get("label").asText());
        assertEquals("modified", annex.get("rows").get(2).get("status").asText());
        JsonNode s = j.get("summary");
        assertEquals(2, s.get("added").asInt(), "a section's heading and its paragraph");
    }

    @Test
    void onlyChangesKeepsTheChangedHeadingsAndTheRowsShown() throws Exception {
        Presentation only = Presentation.of(MadeUpStructure.comparison(), new ViewOptions(true, true));
        JsonNode j = JSON.readTree(Json.write(CompareCommand.json(only)));
        assertEquals(3, j.get("operative").size());
        assertEquals(3, j.get("headings").size(), "the added and renamed ones, and the one over two changes");
        assertEquals(1, j.get("annexes").get(0).get("rows").size());
    }

    @Test
    void theTextFormShowsSectionsWithTheirChangesAndNestedItemsSetIn() {
        String text = ComparisonText.render(all);
        assertTrue(text.contains("\nII. Lighthouses and beacons of the imaginary coast  (renamed)\n"), text);
        assertTrue(text.contains("{+and beacons+}"), text);
        assertTrue(text.contains("  > OP I.3 -> OP III.1  moved, from section I (OP I.3)\n"), text);
        assertTrue(text.contains("        ~ (ii) "), "the nested (ii) set in: " + text);
        assertTrue(text.contains("\nAnnex I Rules for the imaginary harbour festival\n"), text);
        assertTrue(text.contains("  ~ Annex I \u00B6 3 -> Annex I \u00B6 3  modified"), text);
    }

    @Test
    void textsWithoutSectionsGetNoneOfTheAdditions() throws Exception {
        CliRun r = CliRun.run("compare", "corpus/A-RES-61-168.txt", "corpus/A-RES-69-179.txt", "--json");
        assertEquals(0, r.code());
        JsonNode j = JSON.readTree(r.out());
        assertFalse(j.has("headings"));
        assertFalse(j.has("annexes"));
        for (JsonNode row : j.get("operative")) {
            assertFalse(row.has("label") || row.has("section"), "row keys as in the first release");
        }
    }

    private static String path(JsonNode heading) {
        return heading.isNull() ? "null" : heading.get("path").asText();
    }
}
