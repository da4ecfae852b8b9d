package org.clausewise.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes in the first page's summary (what each amendment instruction did): drawn under the counts,
 * one paragraph each, and never so many that the summary would not fit on the first page.
 */
class SummaryNotesPdfTest {
    @TempDir
    Path dir;

    @Test
    void notesAreOnTheFirstPageUnderTheCounts() throws IOException {
        Path out = dir.resolve("notes.pdf");
        ComparisonPdf.write(HandBuilt.draftToAdopted(), out, PdfOptions.defaults(), List.of(),
                List.of("Instructions: 1 of 2 applied.", "X/1 (1) applied: OP 3 deleted",
                        "X/1 (2) NOT applied: OP 40 not found"));
        try (PdfProbe pdf = new PdfProbe(out)) {
            String first = pdf.text(0);
            int counts = first.indexOf("rows compared");
            int notes = first.indexOf("Instructions: 1 of 2 applied.");
            assertTrue(counts >= 0 && notes > counts, first);
            assertTrue(first.contains("X/1 (2) NOT applied: OP 40 not found"), first);
            assertTrue(first.indexOf("Legend:") > notes, "the legend stays last");
        }
    }

    @Test
    void manyNotesAreCountedNotDrawnAndTheFirstPageStillHoldsRows() throws IOException {
        List<String> notes = new ArrayList<>();
        for (int k = 1; k <= 60; k++) {
            notes.add("X/1 (" + k + ") applied: OP " + k + " deleted");
        }
        Path out = dir.resolve("many.pdf");
        ComparisonPdf.write(HandBuilt.draftToAdopted(), out, PdfOptions.defaults(), List.of(), notes);
        try (PdfProbe pdf = new PdfProbe(out)) {
            String first = pdf.text(0);
            int shown = SummaryBlock.MAX_NOTE_LINES - 1;
            assertTrue(first.contains("X/1 (" + shown + ") applied"), first);
            assertFalse(first.contains("X/1 (" + (shown + 1) + ") applied"), first);
            assertTrue(first.contains("\u2026 and " + (60 - shown) + " more not shown here."), first);
            assertTrue(first.contains("PP 1"), "rows begin on the first page");
        }
    }

    @Test
    void noNotesDrawsTheSummaryAsBefore() throws IOException {
        Path with = dir.resolve("none.pdf");
        ComparisonPdf.write(HandBuilt.draftToAdopted(), with, PdfOptions.defaults(), List.of(), List.of());
        Path without = dir.resolve("plain.pdf");
        ComparisonPdf.write(HandBuilt.draftToAdopted(), without, PdfOptions.defaults());
        try (PdfProbe a = new PdfProbe(with); PdfProbe b = new PdfProbe(without)) {
            assertEquals(b.text(0), a.text(0));
        }
    }
}
