package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code parse FILE [--json]} on corpus texts, through {@link Main#run}. */
class ParseCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonHasTheContractKeysInOrder() throws Exception {
        Run r = run("parse", "corpus/A-RES-72-186.txt", "--json");
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
        Run r = run("parse", "corpus/A-67-draft-Third-Committee.txt", "--json");
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("symbol").isNull());
        assertEquals("draft", json.get("kind").asText());
        assertEquals("2012-11-09", json.get("date").asText());
        assertEquals("*", json.get("footnotes").get(0).get("mark").asText());
    }

    @Test
    void outlineWithoutJson() {
        Run r = run("parse", "corpus/A-RES-61-168.txt");
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
        Run bad = run("parse", "corpus/A-RES-61-168.txt", "--yaml");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown option '--yaml'"), bad.err());
        assertEquals("", bad.out());
        Run none = run("parse");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("parse needs a FILE"), none.err());
        Run two = run("parse", "a.txt", "b.txt");
        assertEquals(2, two.code());
        assertFalse(two.err().contains("Exception"));
    }
}
