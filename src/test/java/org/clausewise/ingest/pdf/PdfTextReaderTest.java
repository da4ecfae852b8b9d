package org.clausewise.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clausewise.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the PDF layer hands the parser, on made-up PDFs drawn the way Word draws the official ones. */
class PdfTextReaderTest {
    private static final String RULE = TextComposer.RULE;

    @Test
    void taggedPdfGivesTheTextTheParserReads() throws PdfRefusedException {
        PdfText pdf = PdfTextReader.read(MadeUpResolution.pdf(true), "made-up.pdf");
        assertTrue(pdf.tagged());
        assertEquals(List.of(
                "Ninety-ninth session",
                "Agenda item 42",
                "Made-up matters of the sea",
                "",
                "Resolution adopted by the General Assembly on 2 January 2099",
                "",
                "[without reference to a Main Committee (A/99/L.7)]",
                "",
                "99/7. Cooperation among lighthouse keepers on long and",
                "stormy nights at sea",
                "",
                " The General Assembly,",
                "",
                " Recalling its earlier decisions on the keeping of lights along shared coasts",
                "and the exchange of signals between neighbouring towers,<sup>1</sup>",
                "",
                " Noting with appreciation the work of the keepers on cross-border",
                "routes and of the coast guards of all Member States,",
                "",
                " Welcoming the international network of keepers of 2030,",
                "",
                " 1. Decides to keep the lights burning through the night, in cooperation with",
                "crossborder partners;",
                "",
                " 2. Requests the keepers:",
                "",
                " (a) To report each failure of a lamp;<sup>2</sup>",
                "",
                " (b) To share their logbooks;",
                "",
                " 3. Invites all coastal States to join the network and to lend their support",
                "to the keepers, in particular by training new keepers and by",
                RULE,
                "<sup>1</sup> Resolution 98/1, annex.",
                "<sup>2</sup> See A/99/100, para. 3.",
                "\f",
                "lending their ships;",
                "",
                " 4. Decides to remain seized of the matter.",
                "",
                " 99th plenary meeting",
                " 2 January 2099",
                "",
                " Annex",
                " Charter of the lighthouse keepers",
                "",
                "1. Every keeper keeps a log.",
                "2. Every log is shared."), pdf.text().lines().toList());
    }

    @Test
    void mastheadIsMetadata() throws PdfRefusedException {
        Masthead m = PdfTextReader.read(MadeUpResolution.pdf(true), "made-up.pdf").masthead();
        assertEquals(new Masthead("A/RES/99/7", "General", LocalDate.of(2099, 1, 3), null, "99-12345 (E)", "9912345"), m);
        assertTrue(m.isUnDocument());
    }

    @Test
    void untaggedPdfGivesTheSameTextByPosition() throws PdfRefusedException {
        PdfText tagged = PdfTextReader.read(MadeUpResolution.pdf(true), "tagged.pdf");
        PdfText untagged = PdfTextReader.read(MadeUpResolution.pdf(false), "untagged.pdf");
        assertFalse(untagged.tagged());
        assertEquals(tagged.text(), untagged.text());
        assertEquals(tagged.masthead(), untagged.masthead());
    }

    @Test
    void aTableKeepsOneRowPerLineInReadingOrder() throws PdfRefusedException, IOException {
        byte[] table;
        try (MadeUpPdf pdf = new MadeUpPdf(true)) {
            pdf.newPage();
            MadeUpResolution.masthead(pdf);
            // Made-up figures; the cells of a row share a baseline, drawn column by column.
            pdf.text(123, 300, 10, "Region").text(123, 312, 10, "North coast").text(123, 324, 10, "South coast")
                    .text(400, 300, 10, "Lighthouses").text(400, 312, 10, "12").text(400, 324, 10, "7");
            table = pdf.bytes();
        }
        assertEquals(List.of("Region Lighthouses", "North coast 12", "South coast 7"),
                PdfTextReader.read(table, "table.pdf").text().lines().toList());
    }

    @Test
    void theCommandLineParsesAPdf(@TempDir Path dir) throws IOException {
        Path pdf = Files.write(dir.resolve("A_RES_99_7.pdf"), MadeUpResolution.pdf(false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("parse", pdf.toString(), "--json"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(json.contains("\"symbol\": \"A/RES/99/7\"") || json.contains("\"symbol\":\"A/RES/99/7\""), json);
        assertTrue(json.contains("Decides to remain seized of the matter."), json);
    }
}
