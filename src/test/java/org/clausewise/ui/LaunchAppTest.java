package org.clausewise.ui;

import org.clausewise.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code clausewise gui …} through the real command line: mistakes are one line and a non-zero exit. */
class LaunchAppTest {
    @TempDir
    Path config;

    private String runAndCaptureErr(List<String> args, int expectedCode) {
        // never the user's real config folder
        System.setProperty("clausewise.config", config.toString());
        PrintStream saved = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setErr(err);
        try {
            int code = Main.run(args, new PrintStream(new ByteArrayOutputStream()), err);
            assertEquals(expectedCode, code, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
            System.clearProperty("clausewise.config");
        }
        return bytes.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void unknownOptionIsAUsageError() {
        String err = runAndCaptureErr(List.of("gui", "--colour", "blue"), 2);
        assertEquals("clausewise: unknown option '--colour' (see 'clausewise gui --help')", err);
    }

    @Test
    void badLeftFileIsOneLineAndExitOne() {
        String err = runAndCaptureErr(List.of("gui", "--screenshot", "target/never.png",
                "--left", "corpus/SOURCES.md", "--right", "corpus/A-RES-69-179.txt"), 1);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("clausewise: SOURCES.md: "), err);
        assertTrue(!new java.io.File("target/never.png").exists());
    }
}
