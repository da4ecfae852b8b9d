package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line never writes its output over what it must not (issue 14: {@code compare …
 * --pdf LEFT.txt} replaced its own input, and read-only files and a link's target were replaced).
 * One line, exit 3, and the file as it was.
 */
class RefusedOutputTest {
    @TempDir
    Path dir;

    private Path copy(String name) throws IOException {
        return Files.copy(Path.of("corpus", name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private void refused(Path kept, String reason, String... args) throws IOException {
        byte[] before = Files.readAllBytes(kept);
        CliRun r = CliRun.run(args);
        assertEquals(ExitCode.WRITE_FAILED, r.code(), r.err());
        assertTrue(r.oneCleanErrorLine(), r.err());
        assertTrue(r.err().contains(reason), r.err());
        assertArrayEquals(before, Files.readAllBytes(kept));
    }

    @Test
    void aPdfIsNeverWrittenOverOneOfTheTextsCompared() throws IOException {
        Path left = copy("A-RES-61-168.txt");
        Path right = copy("A-RES-69-179.txt");
        refused(left, "it is one of the files being read", "compare", left.toString(), right.toString(), "--pdf", left.toString());
        refused(right, "it is one of the files being read", "compare", left.toString(), right.toString(), "--pdf",
                dir.resolve("sub/../A-RES-69-179.txt").toString());
    }

    @Test
    void norOverAReadOnlyFileNorThroughALink() throws IOException {
        Path left = copy("A-RES-61-168.txt");
        Path right = copy("A-RES-69-179.txt");
        Path readOnly = Files.writeString(dir.resolve("final.pdf"), "signed off");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        refused(readOnly, "the file is read-only", "compare", left.toString(), right.toString(), "--pdf", readOnly.toString());
        Path precious = Files.writeString(dir.resolve("notes.txt"), "my notes");
        Path link = Files.createSymbolicLink(dir.resolve("out.pdf"), precious);
        refused(precious, "it is a link to", "compare", left.toString(), right.toString(), "--pdf", link.toString());
    }

    @Test
    void aScreenshotIsNeverWrittenOverOneOfItsTexts() throws IOException {
        Path left = copy("A-RES-61-168.txt");
        Path right = copy("A-RES-69-179.txt");
        refused(left, "it is one of the files being read", "gui", "--screenshot", left.toString(),
                "--left", left.toString(), "--right", right.toString());
    }
}
