package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare3} on the bundled 65th resolution, 67th draft and 67th adopted text. */
class Compare3CommandTest {
    private static final String[] TRIPLE = {"compare3", "corpus/A-RES-65-218.txt",
        "corpus/A-67-draft-Third-Committee.txt", "corpus/A-RES-67-169.txt"};

    private static String[] with(String... more) {
        String[] args = new String[TRIPLE.length + more.length];
        System.arraycopy(TRIPLE, 0, args, 0, TRIPLE.length);
        System.arraycopy(more, 0, args, TRIPLE.length, more.length);
        return args;
    }

    /** The stories of NegotiationStoriesTest, as the command line prints them. */
    @Test
    void theTextFormTellsEachClausesStory() {
        CliRun r = CliRun.run(TRIPLE);
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.matches("  [=~+!*x^-] .*")).toList();
        assertEquals(List.of(
                "  = PP 1 | PP 1 | PP 1  carried over unchanged",
                "  ~ PP 2 | PP 2 | PP 2  changed from last year",
                "  ! PP 3 | PP 3 | PP 3  changed in negotiation, also changed from last year",
                "  = PP 4 | PP 4 | PP 4  carried over unchanged",
                "  = PP 5 | PP 5 | PP 5  carried over unchanged",
                "  = PP 6 | PP 6 | PP 6  carried over unchanged",
                "  = PP 7 | PP 7 | PP 7  carried over unchanged",
                "  = PP 8 | PP 8 | PP 8  carried over unchanged, editorial",
                "  = PP 9 | PP 9 | PP 9  carried over unchanged",
                "  = OP 1 | OP 1 | OP 1  carried over unchanged",
                "  = OP 2 | OP 2 | OP 2  carried over unchanged",
                "  = OP 3 | OP 3 | OP 3  carried over unchanged",
                "  = OP 4 | OP 4 | OP 4  carried over unchanged, editorial",
                "  = OP 5 | OP 5 | OP 5  carried over unchanged",
                "  = OP 6 | OP 6 | OP 6  carried over unchanged",
                "  = OP 7 | OP 7 | OP 7  carried over unchanged",
                "  ~ OP 8 | OP 8 | OP 8  changed from last year",
                "  = OP 9 | OP 9 | OP 9  carried over unchanged",
                "  + - | OP 10 | OP 10  new this session",
                "  = OP 10 | OP 11 | OP 11  carried over unchanged",
                "  ! - | OP 12 | OP 12  changed in negotiation, new this session, verb Welcomes -> Recalls",
                "  = OP 11 | OP 13 | OP 13  carried over unchanged",
                "  ~ OP 12 | OP 14 | OP 14  changed from last year"), rows);
        assertTrue(r.out().contains("draft -> adopted: [-Welcomes-]{+Recalls+} the initiative"));
        assertTrue(r.out().contains("17 carried over unchanged, 3 changed from last year, 1 new this session"));
    }

    @Test
    void jsonRowsCarryTheStoryAndBothSteps() throws Exception {
        CliRun r = CliRun.run(with("--json"));
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("A/RES/65/218", j.get("previous").get("symbol").asText());
        assertEquals("draft", j.get("draft").get("kind").asText());
        assertEquals("A/RES/67/169", j.get("adopted").get("symbol").asText());
        List<String> stories = new ArrayList<>();
        for (JsonNode row : j.get("operative")) {
            stories.add(row.get("previous").asText("-") + "|" + row.get("draft").asInt() + "|"
                    + row.get("adopted").asInt() + " " + row.get("story").asText());
        }
        assertEquals("-|12|12 changed-in-negotiation", stories.get(11));
        assertEquals("10|11|11 carried-over", stories.get(10));
        JsonNode op12 = j.get("operative").get(11);
        assertTrue(op12.get("fromLastYear").get("left").isNull());
        assertEquals("added", op12.get("fromLastYear").get("status").asText());
        assertEquals("modified", op12.get("inNegotiation").get("status").asText());
        assertTrue(op12.get("inNegotiation").get("verbChanged").asBoolean());
        assertTrue(op12.get("lastYearToAdopted").isNull());
        assertEquals("new this session", op12.get("notes").get(0).asText());
        JsonNode s = j.get("summary");
        assertEquals(17, s.get("carried-over").asInt());
        assertEquals(2, s.get("changed-in-negotiation").asInt());
        assertEquals(1, s.get("verbChangesInNegotiation").asInt());
        assertFalse(j.has("view"));
    }

    @Test
    void onlyChangesKeepsTheSixStories() throws Exception {
        CliRun r = CliRun.run(with("--json", "--only-changes"));
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(6, j.get("preamble").size() + j.get("operative").size());
        assertTrue(j.get("view").get("onlyChanges").asBoolean());
    }

    @Test
    void pdfIsWrittenAndNothingPrinted(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("negotiation.pdf");
        CliRun r = CliRun.run(with("--pdf", pdf.toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.size(pdf) > 10_000);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void badInputAndUsageAndWriteFailuresExitAsEveryCommandDoes(@TempDir Path dir) throws Exception {
        CliRun missing = CliRun.run("compare3", "corpus/A-RES-65-218.txt", "nope.txt", "corpus/A-RES-67-169.txt");
        assertEquals(ExitCode.BAD_INPUT, missing.code());
        assertTrue(missing.oneCleanErrorLine(), missing.err());
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path pdf = dir.resolve("out.pdf");
        CliRun bad = CliRun.run("compare3", empty.toString(), "corpus/A-67-draft-Third-Committee.txt",
                "corpus/A-RES-67-169.txt", "--pdf", pdf.toString());
        assertEquals(ExitCode.BAD_INPUT, bad.code());
        assertFalse(Files.exists(pdf), "nothing written for bad input");
        CliRun two = CliRun.run("compare3", "corpus/A-RES-65-218.txt", "corpus/A-RES-67-169.txt");
        assertEquals(ExitCode.USAGE, two.code());
        CliRun unwritable = CliRun.run(with("--pdf", dir.resolve("no/such/folder/out.pdf").toString()));
        assertEquals(ExitCode.WRITE_FAILED, unwritable.code());
        assertTrue(unwritable.oneCleanErrorLine(), unwritable.err());
    }

    /** The PDF never replaces one of the three texts (copies here, so the corpus is never at risk). */
    @Test
    void thePdfNeverReplacesATextCompared(@TempDir Path dir) throws Exception {
        Path adopted = Files.copy(Path.of("corpus/A-RES-67-169.txt"), dir.resolve("adopted.txt"));
        byte[] before = Files.readAllBytes(adopted);
        CliRun r = CliRun.run("compare3", "corpus/A-RES-65-218.txt", "corpus/A-67-draft-Third-Committee.txt",
                adopted.toString(), "--pdf", adopted.toString());
        assertEquals(ExitCode.WRITE_FAILED, r.code());
        assertTrue(r.oneCleanErrorLine(), r.err());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(adopted));
    }
}
