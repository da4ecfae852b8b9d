package org.clausewise.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausewise.files.SafeFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export that cannot be written says why in one line and leaves nothing behind. (The paths
 * below fail for root too: tests run as root in CI, where a read-only folder would not stop it.)
 */
class SafeWritingTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.collect(Collectors.toList());
        }
    }

    @Test
    void missingFolderGivesOneClearLineAndNoFile() throws IOException {
        Path out = dir.resolve("no-such-folder").resolve("comparison.pdf");
        IOException e = assertThrows(IOException.class,
                () -> ComparisonPdf.write(HandBuilt.draftToAdopted(), out, PdfOptions.defaults()));
        assertEquals("cannot write " + out + ": the folder " + out.getParent() + " does not exist", e.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void folderThatIsAFileGivesOneClearLineAndLeavesNoTempFile() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "keep me");
        Path out = notAFolder.resolve("comparison.pdf");
        IOException e = assertThrows(IOException.class,
                () -> ComparisonPdf.write(HandBuilt.draftToAdopted(), out, PdfOptions.defaults()));
        assertTrue(e.getMessage().startsWith("cannot write " + out + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertEquals(List.of(notAFolder), files());
        assertEquals("keep me", Files.readString(notAFolder));
    }

    @Test
    void targetThatIsAFolderIsRefused() throws IOException {
        Path out = Files.createDirectory(dir.resolve("comparison.pdf"));
        IOException e = assertThrows(IOException.class,
                () -> ComparisonPdf.write(HandBuilt.draftToAdopted(), out, PdfOptions.defaults()));
        assertEquals("cannot write " + out + ": it is a folder", e.getMessage());
        assertEquals(List.of(out), files());
    }

    @Test
    void failureHalfwayDeletesTheTempFileAndKeepsTheOldFile() throws IOException {
        Path out = Files.write(dir.resolve("comparison.pdf"), "old".getBytes(StandardCharsets.UTF_8));
        IOException e = assertThrows(IOException.class, () -> SafeFile.of(out, List.of()).write(stream -> {
            stream.write("half a PDF".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + out + ": the disk is full", e.getMessage());
        assertEquals(List.of(out), files(), "no temp file left");
        assertArrayEquals("old".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out));
    }

    @Test
    void successReplacesAnOldFileAndLeavesOnlyThePdf() throws IOException {
        Path out = Files.writeString(dir.resolve("comparison.pdf"), "old");
        ComparisonPdf.write(HandBuilt.draftToAdopted(), out, PdfOptions.defaults());
        assertEquals(List.of(out), files());
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)),
                "an export is readable by others, as files a user makes are (it was rw------- before)");
        byte[] head = new byte[5];
        System.arraycopy(Files.readAllBytes(out), 0, head, 0, 5);
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
    }
}
