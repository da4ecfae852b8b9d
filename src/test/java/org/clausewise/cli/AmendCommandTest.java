package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausewise.amend.MadeUpTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code amend DRAFT AMENDMENT... [--json]} on a made-up draft and amendments written to files, and on
 * the 80th session's amendments in {@code ../shared/pdf/80-shapes} (skipped when it is not there).
 */
class AmendCommandTest {
    private static final Path SHAPES = Path.of("..", "shared", "pdf", "80-shapes");

    @TempDir
    Path dir;
    private Path draft;
    private Path deleteOp3;
    private Path replaceWords;

    @BeforeEach
    void writeTexts() throws IOException {
        draft = write("draft.txt", MadeUpTexts.DRAFT);
        deleteOp3 = write("L20.txt", MadeUpTexts.amendmentText("A/C.3/99/L.20", "Delete operative paragraph 3.\n"));
        replaceWords = write("L21.txt", MadeUpTexts.amendmentText("A/C.3/99/L.21",
                "1. In operative paragraph 2, replace the words \u201Cregional and international\u201D with "
                        + "\u201Cinternational\u201D.\n\n2. Delete operative paragraph 12.\n"));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void textShowsWhatEachInstructionDidAndTheAmendedClauses() {
        CliRun r = CliRun.run("amend", draft.toString(), deleteOp3.toString(), replaceWords.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("A/C.3/99/L.7 as amended by A/C.3/99/L.20, A/C.3/99/L.21\n"), r.out());
        assertTrue(r.out().contains("  applied     A/C.3/99/L.20 (1) OP 3 deleted\n"), r.out());
        assertTrue(r.out().contains("  NOT applied A/C.3/99/L.21 (2) OP 12 not found"), r.out());
        assertTrue(r.out().contains("2 of 3 instructions applied.\n"), r.out());
        assertTrue(r.out().contains("  - OP 3  [-Requests the Secretary-General"), r.out());
        assertTrue(r.out().contains("  ~ OP 2  Calls upon all States to strengthen [-regional and-] international"),
                r.out());
        assertTrue(r.out().contains("  = OP 4 -> OP 3  Encourages made-up bodies:\n      (a) To share"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void jsonHasTheOutcomesTheAmendedTextAndTheComparison() throws IOException {
        CliRun r = CliRun.run("amend", draft.toString(), deleteOp3.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("A/C.3/99/L.7", j.get("draft").get("symbol").asText());
        assertEquals("A/C.3/99/L.7", j.get("amendments").get(0).get("amends").asText());
        JsonNode i = j.get("instructions").get(0);
        assertEquals("delete", i.get("action").asText());
        assertEquals("OP 3", i.get("target").asText());
        assertTrue(i.get("applied").asBoolean());
        assertEquals("Delete operative paragraph 3.", i.get("printed").asText());
        assertEquals(1, j.get("applied").asInt());
        assertEquals(0, j.get("notApplied").asInt());
        assertEquals(5, j.get("amended").get("operative").size());
        assertEquals("OP 3", j.get("amended").get("operative").get(2).get("label").asText());
        assertEquals(1, j.get("changes").get("summary").get("removed").asInt());
        assertEquals(3, j.get("changes").get("operative").get(2).get("left").asInt());
        assertEquals("removed", j.get("changes").get("operative").get(2).get("status").asText());
    }

    @Test
    void inAFolderTheLatestRevisionOfTheDraftIsUsedAndSaid() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("library"));
        Files.copy(draft, folder.resolve("L7.txt"));
        Files.writeString(folder.resolve("L7-Rev1.txt"), MadeUpTexts.DRAFT.replace("A/C.3/99/L.7", "A/C.3/99/L.7/Rev.1")
                .replace(": draft resolution", ": revised draft resolution"), StandardCharsets.UTF_8);
        CliRun r = CliRun.run("amend", folder.toString(), deleteOp3.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Note: applied to A/C.3/99/L.7/Rev.1 (the latest revision of A/C.3/99/L.7), "
                + "read from L7-Rev1.txt\n"), r.out());
    }

    @Test
    void aDraftThatIsNotThereIsOneCleanLine() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("other"));
        Files.writeString(folder.resolve("other.txt"), MadeUpTexts.DRAFT.replace("A/C.3/99/L.7", "A/C.3/99/L.9"),
                StandardCharsets.UTF_8);
        CliRun r = CliRun.run("amend", folder.toString(), deleteOp3.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.oneCleanErrorLine(), r.err());
        assertTrue(r.err().startsWith("clausewise: amend: draft A/C.3/99/L.7 not found in "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aDraftFileThatIsAnotherDraftIsRefused() throws IOException {
        Path other = write("other.txt", MadeUpTexts.DRAFT.replace("A/C.3/99/L.7", "A/C.3/99/L.9"));
        CliRun r = CliRun.run("amend", other.toString(), deleteOp3.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.oneCleanErrorLine(), r.err());
        assertTrue(r.err().contains("draft A/C.3/99/L.7 not found: A/C.3/99/L.20 amends A/C.3/99/L.7, the draft given is "
                + "A/C.3/99/L.9"), r.err());
    }

    @Test
    void aTextThatIsNotAnAmendmentIsRefused() {
        CliRun r = CliRun.run("amend", draft.toString(), draft.toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.oneCleanErrorLine(), r.err());
        assertTrue(r.err().contains("draft.txt is a draft, not an amendment"), r.err());
        CliRun swapped = CliRun.run("amend", deleteOp3.toString(), replaceWords.toString());
        assertEquals(ExitCode.BAD_INPUT, swapped.code());
        assertTrue(swapped.err().contains("is an amendment, not the draft it amends"), swapped.err());
    }

    @Test
    void missingFilesAndArgumentsExitAsEveryCommandDoes() {
        assertEquals(ExitCode.BAD_INPUT, CliRun.run("amend", draft.toString(), dir.resolve("none.txt").toString()).code());
        assertEquals(ExitCode.USAGE, CliRun.run("amend", draft.toString()).code());
    }

    @Test
    void pdfIsWrittenAndNothingPrinted() throws IOException {
        Path pdf = dir.resolve("amended.pdf");
        CliRun r = CliRun.run("amend", draft.toString(), deleteOp3.toString(), "--pdf", pdf.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void pdfSaysWhatEachInstructionDid() throws IOException {
        Path bad = write("L22.txt", MadeUpTexts.amendmentText("A/C.3/99/L.22", "Delete operative paragraph 40.\n"));
        Path pdf = dir.resolve("outcomes.pdf");
        CliRun r = CliRun.run("amend", draft.toString(), deleteOp3.toString(), bad.toString(), "--pdf", pdf.toString());
        assertEquals(0, r.code(), r.err());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper first = new org.apache.pdfbox.text.PDFTextStripper();
            first.setEndPage(1);
            String text = first.getText(doc);
            assertTrue(text.contains("Instructions: 1 of 2 applied."), text);
            assertTrue(text.contains("A/C.3/99/L.20 (1) applied: OP 3 deleted"), text);
            assertTrue(text.contains("A/C.3/99/L.22 (1) NOT applied: OP 40 not found"), text);
        }
    }

    @Test
    void aDraftInSectionsIsShownUnderItsSectionHeadings() throws IOException {
        Path sectioned = write("sectioned.txt", MadeUpTexts.SECTIONED_DRAFT);
        Path amendment = write("L31.txt", MadeUpTexts.sectionedAmendmentText("In section II, delete operative paragraph 2.\n"));
        CliRun r = CliRun.run("amend", sectioned.toString(), amendment.toString());
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("\nI First made-up subject\n"), out);
        assertTrue(out.contains("\nII Second made-up subject\n"), out);
        assertTrue(out.indexOf("- OP II.2  [-") > out.indexOf("II Second made-up subject"), out);
        assertTrue(out.contains("= OP II.3 -> OP II.2  "), out);
    }

    @Test
    void anInstructionEndingReadingShowsItsQuotationShortened() throws IOException {
        Path insert = write("L23.txt", MadeUpTexts.amendmentText("A/C.3/99/L.23",
                "After operative paragraph 3, insert a new paragraph reading:\n"
                        + "\u201CInvites made-up partners, made-up bodies and made-up others to report on made-up work"
                        + " at its hundred and first session;\u201D\n"));
        CliRun r = CliRun.run("amend", draft.toString(), insert.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("insert a new paragraph reading: \u201CInvites made-up partners, \u2026 "),
                r.out());
        assertTrue(r.out().contains(" first session;\u201D\n"), r.out());
    }

    @Test
    void pdfOverAFileBeingReadIsRefusedAndTheFileKept() throws IOException {
        byte[] before = Files.readAllBytes(deleteOp3);
        CliRun r = CliRun.run("amend", draft.toString(), deleteOp3.toString(), "--pdf", deleteOp3.toString());
        assertEquals(ExitCode.WRITE_FAILED, r.code(), r.err());
        assertTrue(r.oneCleanErrorLine(), r.err());
        assertTrue(r.err().contains("one of the files being read"), r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(deleteOp3)), "the amendment is untouched");
        CliRun overDraft = CliRun.run("amend", draft.toString(), deleteOp3.toString(), "--pdf", draft.toString());
        assertEquals(ExitCode.WRITE_FAILED, overDraft.code(), overDraft.err());
    }

    /** L.19 alone removes the thirty-eighth preambular paragraph and nothing else; L.20 alone operative paragraph 9. */
    @ParameterizedTest
    @CsvSource({"A_80_L.19.pdf, PP 38", "A_80_L.20.pdf, OP 9"})
    void officialAmendmentAloneRemovesOneParagraph(String amendment, String target) throws IOException {
        assumeTrue(Files.isDirectory(SHAPES), "../shared/pdf/80-shapes is not beside the project");
        JsonNode j = officialJson(amendment);
        assertEquals(1, j.get("instructions").size());
        assertEquals(target, j.get("instructions").get(0).get("target").asText());
        assertOnlyRemoved(j, 1);
    }

    private static JsonNode officialJson(String amendment) throws IOException {
        CliRun r = CliRun.run("amend", SHAPES.resolve("A_80_L.18.pdf").toString(), SHAPES.resolve(amendment).toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    private static void assertOnlyRemoved(JsonNode j, int removed) {
        JsonNode s = j.get("changes").get("summary");
        assertEquals(removed, s.get("removed").asInt(), s.toString());
        assertEquals(0, s.get("modified").asInt() + s.get("added").asInt() + s.get("moved").asInt(), s.toString());
    }

    @Test
    void officialAmendmentsL19AndL20() throws IOException {
        assumeTrue(Files.isDirectory(SHAPES), "../shared/pdf/80-shapes is not beside the project");
        CliRun r = CliRun.run("amend", SHAPES.resolve("A_80_L.18.pdf").toString(), SHAPES.resolve("A_80_L.19.pdf").toString(),
                SHAPES.resolve("A_80_L.20.pdf").toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("PP 38", j.get("instructions").get(0).get("target").asText());
        assertEquals("OP 9", j.get("instructions").get(1).get("target").asText());
        JsonNode s = j.get("changes").get("summary");
        assertEquals(2, s.get("removed").asInt());
        assertEquals(0, s.get("modified").asInt() + s.get("added").asInt() + s.get("moved").asInt());
    }

    @Test
    void officialL56NamesADraftThatIsNotThere() {
        assumeTrue(Files.isDirectory(SHAPES), "../shared/pdf/80-shapes is not beside the project");
        CliRun r = CliRun.run("amend", SHAPES.toString(), SHAPES.resolve("A_C.3_80_L.56.pdf").toString());
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.oneCleanErrorLine(), r.err());
        assertTrue(r.err().contains("draft A/C.3/80/L.2 not found"), r.err());
        CliRun file = CliRun.run("amend", SHAPES.resolve("A_80_L.18.pdf").toString(),
                SHAPES.resolve("A_C.3_80_L.56.pdf").toString());
        assertEquals(ExitCode.BAD_INPUT, file.code());
        assertTrue(file.err().contains("draft A/C.3/80/L.2 not found"), file.err());
        assertFalse(file.err().contains("Exception"));
    }
}
