package org.clausewise.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the one writer of user files refuses and what it guarantees (issue 14: an export replaced
 * its own input, read-only files, a link's target and /dev/full; left hidden temp files after a
 * kill; failed on long names; wrote rw-------). Refusals hold for root too: tests run as root in CI.
 */
class SafeFileTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void neverWritesOverAnInputOfTheSameCommand() throws IOException {
        Path left = Files.writeString(dir.resolve("left.txt"), "a text");
        IOException e = assertThrows(WriteRefusedException.class,
                () -> SafeFile.of(left, List.of(left, dir.resolve("right.txt"))).write("%PDF".getBytes()));
        assertEquals("cannot write " + left + ": it is one of the files being read; choose another name", e.getMessage());
        Path sameFileOtherName = dir.resolve("sub/../left.txt");
        Files.createDirectories(dir.resolve("sub"));
        assertThrows(WriteRefusedException.class, () -> SafeFile.of(sameFileOtherName, List.of(left)).write(new byte[1]));
        Path hardLink = Files.createLink(dir.resolve("also-left.txt"), left);
        assertThrows(WriteRefusedException.class, () -> SafeFile.of(hardLink, List.of(left)).write(new byte[1]));
        assertEquals("a text", Files.readString(left));
    }

    @Test
    void neverWritesOverAReadOnlyFileEvenAsRoot() throws IOException {
        Path kept = Files.writeString(dir.resolve("kept.pdf"), "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("r--r--r--"));
        IOException e = assertThrows(WriteRefusedException.class, () -> SafeFile.of(kept, List.of()).write(new byte[1]));
        assertEquals("cannot write " + kept + ": the file is read-only", e.getMessage());
        assertEquals("old", Files.readString(kept));
    }

    @Test
    void neverWritesThroughALink() throws IOException {
        Path precious = Files.writeString(dir.resolve("precious.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("out.pdf"), precious);
        IOException e = assertThrows(WriteRefusedException.class, () -> SafeFile.of(link, List.of()).write(new byte[1]));
        assertEquals("cannot write " + link + ": it is a link to " + precious + "; choose another name", e.getMessage());
        assertEquals("keep me", Files.readString(precious));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void neverWritesOntoADeviceOrAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.pdf"));
        assertEquals("cannot write " + folder + ": it is a folder",
                assertThrows(WriteRefusedException.class, () -> SafeFile.of(folder, List.of()).write(new byte[1])).getMessage());
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "a Linux device node to try");
        IOException e = assertThrows(WriteRefusedException.class, () -> SafeFile.of(full, List.of()).write(new byte[1]));
        assertEquals("cannot write /dev/full: it is not an ordinary file (a device, a pipe or a socket)", e.getMessage());
        assertFalse(Files.isRegularFile(full), "the device is still a device");
    }

    @Test
    void aNewFileIsReadableByOthersAndAnOldFileKeepsItsMode() throws IOException {
        Path fresh = dir.resolve("new.pdf");
        SafeFile.of(fresh, List.of()).write("new".getBytes());
        assertEquals("rw-r--r--", mode(fresh));
        Path privateFile = Files.writeString(dir.resolve("private.txt"), "old");
        Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        SafeFile.of(privateFile, List.of()).write("new".getBytes());
        assertEquals("rw-------", mode(privateFile));
        assertEquals("new", Files.readString(privateFile));
    }

    @Test
    void aTempFileLeftByAKilledWriteIsRemovedAtTheNextWriteToItsFolder() throws IOException {
        Path leftover = Files.writeString(dir.resolve(".cw-999999999-0badf00d.tmp"), "half a PDF");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        long me = ProcessHandle.current().pid();
        Path mineInProgress = Files.writeString(dir.resolve(".cw-" + me + "-00c0ffee.tmp"), "being written");
        Path notOurs = Files.writeString(dir.resolve(".cw-notes.tmp"), "someone else's");
        SafeFile.of(dir.resolve("comparison.pdf"), List.of()).write("%PDF".getBytes());
        assertEquals(List.of(".cw-" + me + "-00c0ffee.tmp", ".cw-notes.tmp", "comparison.pdf"), names());
        assertTrue(Files.exists(mineInProgress) && Files.exists(notOurs));
    }

    @Test
    void theLongestNameTheFileSystemTakesWorks() throws IOException {
        String name = "A-RES-79-175-compared-with-A-RES-73-179-".repeat(7).substring(0, 251) + ".pdf";
        Path target = dir.resolve(name);
        try {
            Files.delete(Files.createFile(target));
        } catch (FileSystemException e) {
            assumeTrue(false, "this file system takes no 255-character names");
        }
        SafeFile.of(target, List.of()).write("%PDF".getBytes());
        assertEquals(List.of(name), names());
    }

    @Test
    void aFailureHalfwayLeavesTheOldFileAndNoTempFile() throws IOException {
        Path out = Files.writeString(dir.resolve("settings.properties"), "old");
        IOException e = assertThrows(IOException.class, () -> SafeFile.of(out, List.of()).write(stream -> {
            stream.write("half".getBytes());
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + out + ": the disk is full", e.getMessage());
        assertEquals(List.of("settings.properties"), names());
        assertEquals("old", Files.readString(out));
    }

    @Test
    void aMissingFolderIsMadeOnlyWhenAsked() throws IOException {
        Path out = dir.resolve("config/clausewise/library.txt");
        assertEquals("cannot write " + out + ": the folder " + out.getParent() + " does not exist",
                assertThrows(IOException.class, () -> SafeFile.of(out, List.of()).write(new byte[1])).getMessage());
        SafeFile.of(out, List.of()).creatingFolder().write("x".getBytes());
        assertEquals("x", Files.readString(out));
    }
}
