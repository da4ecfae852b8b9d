package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} run in-process on corpus files, as docs/cli-contract.md describes it. */
class CompareCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void jsonHasTheContractShape_61to65() throws Exception {
        assertEquals(0, run("compare", "corpus/A-RES-61-168.txt", "corpus/A-RES-65-218.txt", "--json"));
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("A/RES/61/168", j.get("left").get("symbol").asText());
        assertEquals(65, j.get("right").get("session").asInt());
        assertEquals("resolution", j.get("right").get("kind").asText());
        assertEquals("2010-12-21", j.get("right").get("date").asText());
        JsonNode added = null;
        List<String> map = new ArrayList<>();
        for (JsonNode row : j.get("operative")) {
            for (String key : List.of("left", "right", "status", "class", "similarity", "edits")) {
                assertTrue(row.has(key), "row has " + key);
            }
            if (row.get("left").isNull()) {
                added = row;
            } else {
                map.add(row.get("left").asInt() + ">" + row.get("right").asInt());
            }
        }
        assertEquals(List.of("1>1", "2>2", "3>3", "4>4", "5>5", "6>6", "7>7", "8>9", "9>10", "10>11", "11>12"), map);
        assertEquals(8, added.get("right").asInt());
        assertEquals("added", added.get("status").asText());
        assertEquals("insert", added.get("edits").get(0).get("op").asText());
        JsonNode s = j.get("summary");
        assertEquals(1, s.get("added").asInt());
        assertEquals(0, s.get("removed").asInt());
        assertEquals(j.get("preamble").size() + j.get("operative").size(),
                s.get("unchanged").asInt() + s.get("modified").asInt() + s.get("added").asInt()
                        + s.get("removed").asInt() + s.get("moved").asInt());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonMarksTheVerbChangeOfOp12_draftToAdopted67() throws Exception {
        assertEquals(0, run("compare", "corpus/A-67-draft-Third-Committee.txt", "corpus/A-RES-67-169.txt", "--json"));
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(j.get("left").get("symbol").isNull());
        assertEquals("draft", j.get("left").get("kind").asText());
        JsonNode op12 = j.get("operative").get(11);
        assertEquals(12, op12.get("right").asInt());
        assertEquals("modified", op12.get("status").asText());
        assertEquals("substantive", op12.get("class").asText());
        assertTrue(op12.get("verbChanged").asBoolean());
        assertEquals("delete", op12.get("edits").get(0).get("op").asText());
        assertEquals("Welcomes", op12.get("edits").get(0).get("text").asText());
        assertEquals("Recalls", op12.get("edits").get(1).get("text").asText());
        JsonNode pp8 = j.get("preamble").get(7);
        assertEquals("editorial", pp8.get("class").asText());
    }

    @Test
    void textFormMarksChangesInline() {
        assertEquals(0, run("compare", "corpus/A-67-draft-Third-Committee.txt", "corpus/A-RES-67-169.txt"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("~ OP 12 -> OP 12  modified, substantive, verb Welcomes -> Recalls"), text);
        assertTrue(text.contains("[-Welcomes-]{+Recalls+} the initiative"), text);
        assertTrue(text.contains("= OP 1 -> OP 1  unchanged"), text);
        assertTrue(text.contains("held [-at-]{+in+} Durban"), text);
    }

    @Test
    void textFormShowsAddedClauses() {
        assertEquals(0, run("compare", "corpus/A-RES-61-168.txt", "corpus/A-RES-65-218.txt"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\n  + OP 8  added\n"), text);
        assertTrue(text.contains("~ OP 8 -> OP 9  modified"), text);
    }

    @Test
    void theWindowsTogglesFilterTextAndJsonAlike() throws Exception {
        String draft = "corpus/A-67-draft-Third-Committee.txt";
        String adopted = "corpus/A-RES-67-169.txt";
        assertEquals(0, run("compare", draft, adopted, "--json", "--only-changes"));
        JsonNode only = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(4, only.get("preamble").size() + only.get("operative").size(), "the four modified clauses");
        assertTrue(only.get("view").get("onlyChanges").asBoolean());
        assertEquals(19, only.get("summary").get("unchanged").asInt(), "the summary still counts the whole texts");
        out.reset();
        assertEquals(0, run("compare", draft, adopted, "--json", "--only-changes", "--hide-editorial"));
        JsonNode substantive = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        List<String> rows = new ArrayList<>();
        for (String part : List.of("preamble", "operative")) {
            substantive.get(part).forEach(r -> rows.add(part + " " + r.get("right").asInt() + " " + r.get("class").asText()));
        }
        assertEquals(List.of("preamble 3 substantive", "operative 12 substantive"), rows);
        out.reset();
        assertEquals(0, run("compare", draft, adopted, "--hide-editorial"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("= PP 8 -> PP 8  unchanged"), "an editorial-only change shows as unchanged: " + text);
        assertTrue(text.contains("editorial changes are not marked"), text);
        out.reset();
        assertEquals(0, run("compare", draft, adopted, "--only-changes", "--hide-editorial"));
        long rowLines = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.matches("  [=~+\\->] .*")).count();
        assertEquals(2, rowLines);
    }

    @Test
    void pdfTakesTheTogglesToo(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("substantive.pdf");
        assertEquals(0, run("compare", "corpus/A-67-draft-Third-Committee.txt", "corpus/A-RES-67-169.txt",
                "--pdf", pdf.toString(), "--only-changes", "--hide-editorial"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Preamble (1 of 9 rows with changes)"), text);
            assertTrue(text.contains("Operative part (1 of 14 rows with changes)"), text);
        }
    }

    @Test
    void defaultJsonHasNoViewObject() throws Exception {
        assertEquals(0, run("compare", "corpus/A-RES-61-168.txt", "corpus/A-RES-65-218.txt", "--json"));
        assertFalse(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).has("view"),
                "the default output stays exactly the contract's");
    }

    @Test
    void pdfIsWrittenAndNothingPrinted(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("draft-to-adopted.pdf");
        assertEquals(0, run("compare", "corpus/A-67-draft-Third-Committee.txt", "corpus/A-RES-67-169.txt", "--pdf", pdf.toString()));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
    }

    @Test
    void badInputIsOneLineAndNonZero(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, (byte) 0xFF, 0, 0});
        Path pdf = dir.resolve("out.pdf");
        Object[][] cases = {
            {ExitCode.BAD_INPUT, new String[] {"compare", dir.resolve("missing.txt").toString(), "corpus/A-RES-61-168.txt", "--json"}},
            {ExitCode.BAD_INPUT, new String[] {"compare", "corpus/A-RES-61-168.txt", empty.toString()}},
            {ExitCode.BAD_INPUT, new String[] {"compare", binary.toString(), "corpus/A-RES-61-168.txt", "--pdf", pdf.toString()}},
            {ExitCode.BAD_INPUT, new String[] {"compare", "corpus/SOURCES.md", "corpus/A-RES-61-168.txt"}},
            {ExitCode.USAGE, new String[] {"compare", "corpus/A-RES-61-168.txt"}},
            {ExitCode.USAGE, new String[] {"compare", "corpus/A-RES-61-168.txt", "corpus/A-RES-65-218.txt", "--bogus"}},
            {ExitCode.USAGE, new String[] {"compare", "corpus/A-RES-61-168.txt", "corpus/A-RES-65-218.txt", "--pdf"}},
        };
        for (Object[] c : cases) {
            String[] args = (String[]) c[1];
            out.reset();
            err.reset();
            assertEquals(c[0], run(args), String.join(" ", args));
            String e = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, e.strip().lines().count(), "one line: " + e);
            assertFalse(e.contains("Exception") || e.contains("\tat "), e);
            assertEquals("", out.toString(StandardCharsets.UTF_8));
        }
        assertFalse(Files.exists(pdf), "nothing written for bad input");
    }
}
