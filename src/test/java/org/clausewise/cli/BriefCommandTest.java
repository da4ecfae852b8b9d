package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clausewise.brief.MadeUpSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brief} on made-up texts of two sessions: its lines, its JSON, its PDF read back. */
class BriefCommandTest {
    @TempDir
    Path dir;

    @Test
    void eachResolutionHasItsCountsAndItsChangesInShort() throws IOException {
        Path texts = MadeUpSessions.write(dir.resolve("texts"));
        CliRun run = CliRun.run("brief", texts.toString(), "--session", "79");
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("Session brief: 79th session, 2 resolutions (1 with a previous text)", lines.get(0));
        int at = lines.indexOf("A/RES/79/160  Made-up cooperation on lighthouses");
        assertTrue(at > 0, run.out());
        assertEquals("  against A/RES/78/150: 1 new, 3 changed, 1 dropped, 1 verb change", lines.get(at + 1));
        List<String> changes = lines.subList(at + 2, at + 7);
        assertEquals("    PP 3: new \u201CMindful of the storms that threaten small fishing \u2026\u201D", changes.get(0));
        assertEquals("    OP 1: Welcomes \u2192 Recalls", changes.get(1));
        assertTrue(changes.get(2).startsWith("    OP 2: + \u201C") && changes.get(2).contains("as decided in the ocean"),
                changes.get(2));
        assertEquals("    OP 3: \u201Cseventy-ninth\u201D \u2192 \u201Ceightieth\u201D", changes.get(3));
        assertTrue(changes.get(4).startsWith("    OP 4: dropped \u201CInvites regional"), changes.get(4));
        int first = lines.indexOf("A/RES/79/170  Made-up protection of migratory songbirds");
        assertTrue(first > at, "ordered by resolution number");
        assertEquals("  no previous text in its series", lines.get(first + 1));
    }

    @Test
    void jsonCarriesTheSameCounts() throws IOException {
        Path texts = MadeUpSessions.write(dir.resolve("texts"));
        CliRun run = CliRun.run("brief", texts.toString(), "--session", "79", "--json");
        assertEquals(0, run.code(), run.err());
        String json = run.out();
        assertTrue(json.contains("\"session\": 79"), json);
        assertTrue(json.contains("\"symbol\": \"A/RES/79/160\""), json);
        assertTrue(json.contains("\"previous\": \"A/RES/78/150\""), json);
        assertTrue(json.contains("\"previousSession\": 78"), json);
        assertTrue(json.contains("\"new\": 1,") && json.contains("\"changed\": 3,") && json.contains("\"dropped\": 1,")
                && json.contains("\"verbChanges\": 1,"), json);
        assertTrue(json.contains("\"OP 1: Welcomes \u2192 Recalls\""), json);
        assertTrue(json.contains("\"previous\": null"), "the series with no previous text: " + json);
        assertTrue(json.contains("\"resolutions\": 2") && json.contains("\"withPrevious\": 1"), json);
    }

    @Test
    void pdfHasContentsBookmarksAndPageNumbers() throws IOException {
        Path texts = MadeUpSessions.write(dir.resolve("texts"));
        Path pdf = dir.resolve("brief.pdf");
        CliRun run = CliRun.run("brief", texts.toString(), "--session", "79", "--pdf", pdf.toString());
        assertEquals(0, run.code(), run.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            assertEquals(3, pages, "title page, contents, entries");
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertEquals(List.of("Contents", "A/RES/79/160 \u2014 Made-up cooperation on lighthouses",
                    "A/RES/79/170 \u2014 Made-up protection of migratory songbirds"), bookmarks);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertTrue(stripper.getText(doc).contains("page " + p + " of " + pages), "page number on page " + p);
            }
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String contents = stripper.getText(doc);
            assertTrue(contents.contains("Contents") && contents.contains("A/RES/79/170"), contents);
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            String entries = stripper.getText(doc);
            assertTrue(entries.contains("against A/RES/78/150: 1 new, 3 changed, 1 dropped"), entries);
            assertTrue(entries.contains("OP 1: Welcomes \u2192 Recalls"), entries);
        }
    }

    @Test
    void aSessionWithNoTextIsOneClearError() throws IOException {
        Path texts = MadeUpSessions.write(dir.resolve("texts"));
        Path pdf = dir.resolve("brief.pdf");
        CliRun run = CliRun.run("brief", texts.toString(), "--session", "70", "--pdf", pdf.toString());
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertTrue(run.oneCleanErrorLine(), run.err());
        assertTrue(run.err().contains("no text of the 70th session"), run.err());
        assertFalse(Files.exists(pdf), "nothing written");
    }

    @Test
    void theBriefIsNeverWrittenOverATextOfAFolderGiven() throws IOException {
        Path texts = MadeUpSessions.write(dir.resolve("texts"));
        Path input = texts.resolve("A-RES-79-160.txt");
        String before = Files.readString(input);
        CliRun run = CliRun.run("brief", texts.toString(), "--session", "79", "--pdf",
                input.toString());
        assertEquals(ExitCode.WRITE_FAILED, run.code(), run.err());
        assertTrue(run.oneCleanErrorLine(), run.err());
        assertEquals(before, Files.readString(input));
    }
}
