package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to {@code parse}: each case gives exactly one clear line on stderr, a non-zero exit,
 * nothing on stdout and no exception text.
 */
class ParseBadInputTest {
    @TempDir
    Path dir;

    private static String refused(Path file, String expectedWords) {
        CliRun r = CliRun.run("parse", file.toString(), "--json");
        assertEquals(ExitCode.BAD_INPUT, r.code(), "exit code");
        assertEquals("", r.out(), "nothing on stdout");
        assertEquals(1, r.err().strip().lines().count(), "one line on stderr: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertTrue(r.err().contains(expectedWords), "stderr says '" + expectedWords + "': " + r.err());
        return r.err();
    }

    @Test
    void missingFile() {
        refused(dir.resolve("no-such-resolution.txt"), "no such file");
    }

    @Test
    void folderWithoutTexts() throws Exception {
        // a folder is read as the texts in it (JSON Lines): none there is one error line, and exit 1
        CliRun r = CliRun.run("parse", dir.toString(), "--json");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.oneCleanErrorLine(), r.err());
        JsonNode line = new ObjectMapper().readTree(r.out());
        assertEquals(dir.toString(), line.get("file").asText());
        assertTrue(line.get("error").asText().contains("holds no texts"), r.out());
        CliRun text = CliRun.run("parse", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, text.code());
        assertTrue(text.oneCleanErrorLine() && text.err().contains("holds no texts"), text.err());
    }

    @Test
    void folderWhereOneTextIsExpected() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("texts"));
        CliRun r = CliRun.run("compare", folder.toString(), "corpus/A-RES-61-168.txt");
        assertEquals(ExitCode.BAD_INPUT, r.code());
        assertTrue(r.oneCleanErrorLine() && r.err().contains("is a folder"), r.err());
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        refused(Files.write(dir.resolve("empty.txt"), new byte[0]), "is empty");
        refused(Files.writeString(dir.resolve("blank.txt"), " \n\n\t \n"), "is empty");
    }

    @Test
    void binaryFile() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        refused(Files.write(dir.resolve("picture.txt"), png), "binary");
    }

    @Test
    void fiftyMegabyteFileIsRefusedQuickly() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: costs no disk, and must not be read
        }
        long start = System.nanoTime();
        refused(big, "too large");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2000, "refused in " + millis + " ms");
    }

    @Test
    void invalidUtf8SaysWhere() throws IOException {
        // "Réaffirme" in Latin-1: the é is byte 0xE9 at offset 1, not valid UTF-8; byte 0x81 at the
        // end is not Windows-1252 either (texts in that encoding are read, with a warning).
        byte[] latin1 = "R\u00E9affirme que la coop\u00E9ration\u0081".getBytes(StandardCharsets.ISO_8859_1);
        String err = refused(Files.write(dir.resolve("latin1.txt"), latin1), "not valid UTF-8");
        assertTrue(err.contains("0xE9") && err.contains("offset 1"), err);
    }

    @Test
    void textThatIsNotAResolution() throws IOException {
        Path readme = Files.writeString(dir.resolve("notes.txt"),
                "Shopping list\n\n1. Bread\n2. Milk\n\nCall the embassy on Monday.\n");
        refused(readme, "does not look like a General Assembly resolution");
    }

    @Test
    void resolutionHeadWithoutAnyClause() throws IOException {
        // Made-up: the first lines of a real text, cut before its first clause.
        Path cut = Files.writeString(dir.resolve("cut.txt"),
                "67/169. Enhancement of international cooperation in the field of human rights\n\nThe General Assembly,\n");
        refused(cut, "no preambular or operative paragraphs");
    }
}
