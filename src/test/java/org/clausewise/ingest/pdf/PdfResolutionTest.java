package org.clausewise.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.NotAResolutionException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Clause;
import org.clausewise.model.Footnote;
import org.clausewise.model.FootnoteRef;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.SubParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF through {@link ResolutionFiles}: the resolution it holds, and one clear line for what cannot be read. */
class PdfResolutionTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void theMadeUpResolutionReadsClauseByClause() throws Exception {
        Resolution r = ResolutionFiles.read(write("A_RES_99_7.pdf", MadeUpResolution.pdf(true)));
        assertEquals("A/RES/99/7", r.symbol());
        assertEquals(99, r.session());
        assertEquals(ResolutionKind.RESOLUTION, r.kind());
        assertEquals(MadeUpResolution.TITLE, r.title());
        assertEquals(LocalDate.of(2099, 1, 2), r.date());
        assertEquals(List.of(
                "Recalling its earlier decisions on the keeping of lights along shared coasts and the exchange "
                        + "of signals between neighbouring towers,",
                "Noting with appreciation the work of the keepers on cross-border routes and of the coast guards "
                        + "of all Member States,",
                "Welcoming the international network of keepers of 2030,"), r.preamble().stream().map(Clause::text).toList());
        assertEquals(List.of(new FootnoteRef("1", r.preamble().get(0).text().length())), r.preamble().get(0).footnoteRefs());
        List<Clause> op = r.operative();
        assertEquals(List.of(1, 2, 3, 4), op.stream().map(Clause::number).toList());
        assertEquals("Decides to keep the lights burning through the night, in cooperation with crossborder partners;",
                op.get(0).text());
        assertEquals(List.of("a", "b"), op.get(1).subparagraphs().stream().map(SubParagraph::label).toList());
        assertEquals("To report each failure of a lamp;", op.get(1).subparagraphs().get(0).text());
        // Across the page break: footnotes and the running title of page 2 are not in it.
        assertEquals("Invites all coastal States to join the network and to lend their support to the keepers, "
                + "in particular by training new keepers and by lending their ships;", op.get(2).text());
        assertEquals(List.of(new Footnote("1", "Resolution 98/1, annex."), new Footnote("2", "See A/99/100, para. 3.")),
                r.footnotes());
    }

    @Test
    void untaggedPdfReadsTheSame() throws Exception {
        Resolution tagged = ResolutionFiles.read(write("tagged.pdf", MadeUpResolution.pdf(true)));
        Resolution untagged = ResolutionFiles.read(write("untagged.pdf", MadeUpResolution.pdf(false)));
        assertEquals(tagged.preamble(), untagged.preamble());
        assertEquals(tagged.operative(), untagged.operative());
        assertEquals(tagged.footnotes(), untagged.footnotes());
        assertEquals(tagged.symbol(), untagged.symbol());
    }

    @Test
    void aPdfNamedTxtIsStillReadAsAPdf() throws Exception {
        assertEquals("A/RES/99/7", ResolutionFiles.read(write("saved-as.txt", MadeUpResolution.pdf(true))).symbol());
    }

    @Test
    void encryptedPdfNeedsItsPassword() throws IOException {
        byte[] locked;
        try (MadeUpPdf pdf = new MadeUpPdf(true)) {
            pdf.newPage();
            MadeUpResolution.masthead(pdf);
            locked = pdf.text(123, 300, 10, "The General Assembly,").bytes("secret");
        }
        assertRefused(write("locked.pdf", locked), "locked.pdf is encrypted and needs a password to open");
    }

    @Test
    void scannedPdfHasNoTextLayer() throws IOException {
        byte[] scan;
        try (MadeUpPdf pdf = new MadeUpPdf(false)) {
            scan = pdf.newPage().scannedImage().newPage().scannedImage().bytes();
        }
        assertRefused(write("scan.pdf", scan), "scan.pdf has no text layer: it is a scanned image; run OCR on it first");
    }

    @Test
    void aScannedPageAmongTextPagesIsSaidToBeSkipped() throws Exception {
        byte[] mixed;
        try (MadeUpPdf pdf = new MadeUpPdf(true)) {
            pdf.newPage();
            MadeUpResolution.masthead(pdf);
            pdf.text(60, 330, 12, "99/8. Made-up title").text(159, 360, 10, "The General Assembly,")
                    .text(159, 380, 10, "1. Decides to read what it can;");
            mixed = pdf.newPage().scannedImage().bytes();
        }
        Resolution r = ResolutionFiles.read(write("mixed.pdf", mixed));
        assertEquals("page 2 is a scanned image with no text layer: not read", r.warnings().get(0));
        assertEquals(1, r.operative().size());
    }

    @Test
    void damagedPdfIsRefused() throws IOException {
        byte[] good = MadeUpResolution.pdf(true);
        byte[] broken = Arrays.copyOf(good, 400);
        assertRefused(write("broken.pdf", broken), "broken.pdf is a damaged PDF");
    }

    @Test
    void aFileNamedPdfThatIsNotOne() throws IOException {
        assertRefused(write("fake.pdf", "Just some words.\n".getBytes()), "fake.pdf is not a PDF");
    }

    @Test
    void aPdfThatIsNotAUnDocument() throws IOException {
        byte[] letter;
        try (MadeUpPdf pdf = new MadeUpPdf(false)) {
            letter = pdf.newPage().text(72, 100, 12, "Dear friends,").text(72, 120, 12, "the picnic is on Sunday.").bytes();
        }
        InputException e = assertRefused(write("letter.pdf", letter), "letter.pdf is not a United Nations document");
        assertTrue(e instanceof NotAResolutionException);
    }

    @Test
    void anEmptyPdfIsRefused() throws IOException {
        byte[] empty;
        try (MadeUpPdf pdf = new MadeUpPdf(false)) {
            empty = pdf.newPage().bytes();
        }
        assertRefused(write("empty.pdf", empty), "empty.pdf is a PDF with no text in it");
    }

    private InputException assertRefused(Path file, String start) {
        InputException e = assertThrows(InputException.class, () -> ResolutionFiles.read(file));
        String message = e.getMessage();
        assertTrue(message.startsWith(file.toString().replace(file.getFileName().toString(), "") + start)
                || message.contains(start), message);
        assertEquals(1, message.lines().count(), message);
        return e;
    }
}
