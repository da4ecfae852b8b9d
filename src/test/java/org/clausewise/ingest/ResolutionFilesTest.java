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
    void candidatesAreTextAndMarkdownFiles() throws IOException {
        assertTrue(ResolutionFiles.isCandidate(Files.writeString(dir.resolve("a.txt"), "x")));
        assertTrue(ResolutionFiles.isCandidate(Files.writeString(dir.resolve("b.MD"), "x")));
        assertFalse(ResolutionFiles.isCandidate(Files.writeString(dir.resolve("c.pdf"), "x")));
        assertFalse(ResolutionFiles.isCandidate(Files.writeString(dir.resolve(".hidden.txt"), "x")));
        assertFalse(ResolutionFiles.isCandidate(Files.createDirectory(dir.resolve("folder.txt"))));
        assertFalse(ResolutionFiles.isCandidate(dir.resolve("missing.txt")));
    }
}
