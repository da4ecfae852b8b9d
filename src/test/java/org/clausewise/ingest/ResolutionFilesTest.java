package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clausewise.model.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading resolution files: encodings and which files are candidates. */
class ResolutionFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsACorpusFileWithItsNameAsSource() throws InputException {
        Resolution r = ResolutionFiles.read(Path.of("corpus", "A-RES-79-175.txt"));
        assertEquals("A-RES-79-175.txt", r.source());
        assertEquals("A/RES/79/175", r.symbol());
    }

    @Test
    void utf16WithByteOrderMarkIsReadLikeUtf8() throws IOException, InputException {
        String text = Corpus.text("A-RES-61-168.txt");
        Path le = dir.resolve("le.txt");
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(le, bytes);
        assertEquals(Corpus.parse("A-RES-61-168.txt").preamble(), ResolutionFiles.read(le).preamble());
    }

    @Test
    void byteOrderMarkOfUtf8IsIgnored() throws IOException, InputException {
        Path f = Files.writeString(dir.resolve("bom.txt"), "\uFEFF" + Corpus.text("A-RES-67-169.txt"));
        assertEquals("A/RES/67/169", ResolutionFiles.read(f).symbol());
    }

    @Test
    void wordsWindows1252TextIsReadWithAWarning() throws IOException, InputException {
        // Made-up text with what Word's "plain text" puts in Windows-1252: curly quotes, an é, a dash.
        String text = "67/169. Cooperation on caf\u00E9 standards\n\nThe General Assembly,\n\n"
                + "Recalling its \u201Cearlier\u201D work \u2013 all of it,\n\n1. Decides to continue;\n";
        Path f = Files.write(dir.resolve("word.txt"), text.getBytes("windows-1252"));
        Resolution r = ResolutionFiles.read(f);
        assertEquals("Cooperation on caf\u00E9 standards", r.title());
        assertEquals("Recalling its \u201Cearlier\u201D work \u2013 all of it,", r.preamble().get(0).text());
        assertTrue(r.warnings().get(0).contains("read as Windows-1252"), r.warnings().toString());
    }

    @Test
    void aTextThatIsNeitherUtf8NorWindows1252IsRefused() throws IOException {
        Path f = Files.write(dir.resolve("odd.txt"), new byte[] {'a', (byte) 0xE9, (byte) 0x81, 'b', '\n'});
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> ResolutionFiles.read(f));
        assertTrue(e.getMessage().contains("not valid UTF-8 (byte 0xE9 at offset 1) nor Windows-1252"), e.getMessage());
    }

    @Test
    void candidatesAreTextAndMarkdownFiles() throws IOException {
        assertTrue(ResolutionFiles.isCandidate(Files.writeString(dir.resolve("a.txt"), "x")));
        assertTrue(ResolutionFiles.isCandidate(Files.writeString(dir.resolve("b.MD"), "x")));
        assertTrue(ResolutionFiles.isCandidate(Files.writeString(dir.resolve("c.pdf"), "x")));
        assertFalse(ResolutionFiles.isCandidate(Files.writeString(dir.resolve("d.docx"), "x")));
        assertFalse(ResolutionFiles.isCandidate(Files.writeString(dir.resolve(".hidden.txt"), "x")));
        assertFalse(ResolutionFiles.isCandidate(Files.createDirectory(dir.resolve("folder.txt"))));
        assertFalse(ResolutionFiles.isCandidate(dir.resolve("missing.txt")));
    }
}
