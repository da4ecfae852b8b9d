package org.clausewise.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausewise.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history} on the command line, run in-process on corpus/. */
class HistoryCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonNamesTheFirstAppearanceAndEveryTextOfTheSeries() throws IOException {
        assertEquals(0, run("history", "corpus", "--clause", "OP 8 of A/RES/69/179", "--json"));
        JsonNode h = new ObjectMapper().readTree(out());
        assertEquals("OP 8 of A/RES/69/179", h.get("clause").asText());
        assertEquals(69, h.get("first_appearance").get("session").asInt());
        assertEquals(5, h.get("versions").size());
        assertFalse(h.get("versions").get(3).get("present").asBoolean());
        assertEquals("added", h.get("versions").get(4).get("status").asText());
        assertTrue(h.get("dropped_in").isNull());
    }

    @Test
    void textFormShowsTheDraftsWelcomesStruckAndRecallsInserted() {
        assertEquals(0, run("history", "corpus/A-67-draft-Third-Committee.txt", "corpus/A-RES-67-169.txt",
                "--clause", "OP 12 of A/RES/67/169"));
        assertTrue(out().contains("[-Welcomes-]{+Recalls+}"), out());
        assertTrue(out().contains("first text of the series"), out());
        assertEquals("", err());
    }

    @Test
    void aDraftIsNamedByItsFileAndAPreambularParagraphAsPp() throws IOException {
        assertEquals(0, run("history", "corpus", "--clause", "PP 1 of A-67-draft-Third-Committee.txt", "--json"));
        JsonNode h = new ObjectMapper().readTree(out());
        assertEquals("preamble", h.get("part").asText());
        assertEquals("draft", h.get("versions").get(2).get("kind").asText());
    }

    @Test
    void helpExplainsHowToNameAClause() {
        assertEquals(0, run("history", "--help"));
        assertTrue(out().contains("\"PP 3 of A/RES/67/169\""), out());
        assertTrue(out().contains("A-67-draft-Third-Committee.txt"), out());
        out.reset();
        assertEquals(0, run("--help"));
        // the command list pads names to the longest ("compare3"), so any run of spaces
        assertTrue(out().matches("(?s).*history +Follow one clause.*"), out());
    }

    @Test
    void badInputGivesOneLineAndANonZeroExit(@TempDir Path dir) throws IOException {
        assertEquals(2, run("history", "corpus", "--clause", "the eighth paragraph"));
        assertOneLine();
        err.reset();
        assertEquals(1, run("history", "corpus", "--clause", "OP 99 of A/RES/69/179"));
        assertTrue(err().contains("has no OP 99"), err());
        assertOneLine();
        err.reset();
        assertEquals(1, run("history", "corpus", "--clause", "OP 1 of A/RES/99/1"));
        assertOneLine();
        err.reset();
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        assertEquals(1, run("history", "corpus/A-RES-69-179.txt", empty.toString(), "--clause", "OP 1 of A/RES/69/179"));
        assertTrue(err().contains("empty.txt"), err());
        assertOneLine();
        err.reset();
        assertEquals(2, run("history", "--clause", "OP 1 of A/RES/69/179"));
        assertOneLine();
        assertEquals("", out());
    }

    private void assertOneLine() {
        String e = err().strip();
        assertFalse(e.isEmpty());
        assertFalse(e.contains("\n"), e);
        assertFalse(e.contains("Exception"), e);
    }
}
