package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code parse FILE [--json]} on corpus texts, through {@link Main#run}. */
class ParseCommandTest {
    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    @Test
    void jsonHasTheContractKeysInOrder() throws Exception {
        CliRun r = run("parse", "corpus/A-RES-72-186.txt", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("symbol", "session", "kind", "title", "date", "preamble", "operative", "footnotes",
                "warnings", "info", "headings", "annexes", "amendment"), keys, "the first release's keys, then the tree's");
        assertEquals("A/RES/72/186", json.get("symbol").asText());
        assertEquals(72, json.get("session").asInt());
        assertEquals("resolution", json.get("kind").asText());
        assertEquals("2017-12-19", json.get("date").asText());
        assertEquals(1, json.get("preamble").get(0).get("index").asInt());
        JsonNode op2 = json.get("operative").get(1);
        assertEquals(2, op2.get("number").asInt());
        assertEquals("Encourages Member States:", op2.get("text").asText());
        assertEquals("a", op2.get("subparagraphs").get(0).get("label").asText());
        assertTrue(op2.get("subparagraphs").get(0).get("text").asText().startsWith("To consider the creation"));
        assertEquals("1", json.get("footnotes").get(0).get("mark").asText());
        assertEquals("Resolution 217 A (III).", json.get("footnotes").get(0).get("text").asText());
        assertTrue(json.get("warnings").isArray());
    }

    @Test
    void draftHasNullSymbolAndItsIssueDate() throws Exception {
        CliRun r = run("parse", "corpus/A-67-draft-Third-Committee.txt", "--json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("symbol").isNull());
        assertEquals("draft", json.get("kind").asText());
        assertEquals("2012-11-09", json.get("date").asText());
        assertEquals("*", json.get("footnotes").get(0).get("mark").asText());
    }

    @Test
    void outlineWithoutJson() {
        CliRun r = run("parse", "corpus/A-RES-61-168.txt");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("A/RES/61/168 (resolution)"), r.out());
        assertTrue(r.out().contains("Session: 61st"));
        assertTrue(r.out().contains("Date:    2006-12-19"));
        assertTrue(r.out().contains("PP 1  Reaffirming its commitment"));
        assertTrue(r.out().contains("OP 11  Decides to continue its consideration of the question at its sixty-second session."));
        assertTrue(r.out().contains("Footnotes\n  1  A/CONF.157/24 (Part I), chap. III."));
    }

    @Test
    void unknownOptionAndMissingFileArgumentAreUsageErrors() {
        CliRun bad = run("parse", "corpus/A-RES-61-168.txt", "--yaml");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown option '--yaml'"), bad.err());
        assertTrue(bad.oneCleanErrorLine(), bad.err());
        assertEquals("", bad.out());
        CliRun none = run("parse");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("Missing required parameter: 'FILES_OR_FOLDERS'"), none.err());
        assertTrue(none.err().contains("clausewise parse --help"), none.err());
    }
}
