package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same mistake gives the same exit code from every command: 1 for bad input, 2 for a wrong
 * command line, 3 when the output cannot be written; always one line on stderr.
 */
class ExitCodesTest {
    private static final String A = "corpus/A-RES-61-168.txt";
    private static final String B = "corpus/A-RES-69-179.txt";

    @TempDir
    Path dir;

    private static void expect(int code, String... args) {
        CliRun r = CliRun.run(args);
        assertEquals(code, r.code(), String.join(" ", args) + " → " + r.err());
        assertTrue(r.oneCleanErrorLine(), String.join(" ", args) + " → " + r.err());
    }

    @Test
    void aMissingFileIsBadInputEverywhere() {
        String missing = dir.resolve("no-such-text.txt").toString();
        String png = dir.resolve("out.png").toString();
        expect(ExitCode.BAD_INPUT, "parse", missing);
        expect(ExitCode.BAD_INPUT, "parse", missing, "--json");
        expect(ExitCode.BAD_INPUT, "compare", missing, A);
        expect(ExitCode.BAD_INPUT, "compare", A, missing, "--json");
        expect(ExitCode.BAD_INPUT, "compare", A, missing, "--pdf", dir.resolve("out.pdf").toString());
        expect(ExitCode.BAD_INPUT, "history", missing, "corpus", "--clause", "OP 8 of A/RES/69/179");
        expect(ExitCode.BAD_INPUT, "gui", "--screenshot", png, "--left", missing, "--right", B);
        assertFalse(Files.exists(dir.resolve("out.pdf")));
        assertFalse(Files.exists(Path.of(png)));
    }

    @Test
    void anAtSignIsPartOfAFileNameNotAnArgumentFile() throws IOException {
        Path args = Files.writeString(dir.resolve("args"), "--help\n");
        CliRun r = CliRun.run("parse", "@" + args);
        assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("@" + args + ": no such file"), r.err());
    }

    @Test
    void aFolderWhereATextIsExpectedIsBadInput() {
        expect(ExitCode.BAD_INPUT, "parse", "src");
        expect(ExitCode.BAD_INPUT, "compare", "corpus", A);
    }

    @Test
    void anUnknownOptionIsUsageEverywhere() {
        List<List<String>> lines = List.of(
                List.of("parse", A, "--bogus"),
                List.of("compare", A, B, "--bogus"),
                List.of("history", "corpus", "--clause", "OP 8 of A/RES/69/179", "--bogus"),
                List.of("gui", "--bogus"),
                List.of("bench", "--bogus"),
                List.of("bench", "parse", "--bogus"),
                List.of("bench", "compare", "--bogus"),
                List.of("bench", "export", "--bogus"),
                List.of("bench", "history", "--bogus"),
                List.of("--bogus"));
        for (List<String> line : lines) {
            CliRun r = CliRun.run(line.toArray(String[]::new));
            assertEquals(ExitCode.USAGE, r.code(), line + " → " + r.err());
            assertTrue(r.oneCleanErrorLine(), r.err());
            assertTrue(r.err().contains("unknown option '--bogus'"), r.err());
        }
    }

    @Test
    void wrongArityAndBadValuesAreUsage() {
        expect(ExitCode.USAGE, "parse");
        expect(ExitCode.USAGE, "compare", A);
        expect(ExitCode.USAGE, "compare", A, B, "C.txt");
        expect(ExitCode.USAGE, "compare", A, B, "--pdf");
        expect(ExitCode.USAGE, "history", "corpus");
        expect(ExitCode.USAGE, "history", "corpus", "--clause", "the eighth one");
        expect(ExitCode.USAGE, "gui", "--theme", "blue");
        expect(ExitCode.USAGE, "gui", "--size", "big");
        expect(ExitCode.USAGE, "gui", "--left", A);
        expect(ExitCode.USAGE, "gui", "--screenshot", "x.png", "--left", A);
        expect(ExitCode.USAGE, "bench", "compare", "--runs", "many");
        expect(ExitCode.USAGE, "frobnicate");
        expect(ExitCode.USAGE, "bench", "frobnicate");
    }

    @Test
    void anUnknownCommandIsNamed() {
        CliRun r = CliRun.run("frobnicate");
        assertTrue(r.err().contains("unknown command 'frobnicate'") && r.err().contains("parse, compare"), r.err());
    }

    @Test
    void aPdfThatCannotBeWrittenIsAWriteFailure() {
        expect(ExitCode.WRITE_FAILED, "compare", A, B, "--pdf", dir.resolve("no-such-folder").resolve("x.pdf").toString());
    }

    @Test
    void aPngThatCannotBeWrittenIsAWriteFailure() {
        expect(ExitCode.WRITE_FAILED, "gui", "--screenshot", dir.resolve("no-such-folder").resolve("x.png").toString(),
                "--left", A, "--right", B);
    }

    @Test
    void standardOutputThatFailsIsAWriteFailureEverywhere() {
        List<List<String>> lines = List.of(
                List.of("parse", A),
                List.of("parse", A, "--json"),
                List.of("parse", "corpus", "--json"),
                List.of("compare", A, B),
                List.of("compare", A, B, "--json"),
                List.of("history", "corpus", "--clause", "OP 8 of A/RES/69/179"),
                List.of("--help"),
                List.of("parse", "--help"));
        for (List<String> line : lines) {
            CliRun r = CliRun.run(new Full(), line.toArray(String[]::new));
            assertEquals(ExitCode.WRITE_FAILED, r.code(), line + " → " + r.err());
            assertTrue(r.oneCleanErrorLine(), r.err());
            assertTrue(r.err().contains("cannot write to standard output"), r.err());
        }
    }

    @Test
    void devFullIsAWriteFailure() throws IOException {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "no /dev/full here");
        try (OutputStream out = Files.newOutputStream(full)) {
            CliRun r = CliRun.run(out, "parse", A, "--json");
            assertEquals(ExitCode.WRITE_FAILED, r.code(), r.err());
            assertTrue(r.oneCleanErrorLine(), r.err());
        }
    }

    /** A disk that is full: every write fails, as on /dev/full. */
    private static final class Full extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }
}
