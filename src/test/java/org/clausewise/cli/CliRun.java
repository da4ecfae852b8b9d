package org.clausewise.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One command line run in-process through {@link Main#run}, with what it printed. */
record CliRun(int code, String out, String err) {
    static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return run(out, args).withOut(out.toString(StandardCharsets.UTF_8));
    }

    /** Runs with stdout going to {@code stdout} (e.g. a stream that fails); {@link #out()} is then empty. */
    static CliRun run(OutputStream stdout, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), new PrintStream(stdout, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, "", err.toString(StandardCharsets.UTF_8));
    }

    private CliRun withOut(String printed) {
        return new CliRun(code, printed, err);
    }

    /** Exactly one line on stderr, and no exception text in it. */
    boolean oneCleanErrorLine() {
        return err.strip().lines().count() == 1 && !err.contains("Exception") && !err.contains("\tat ");
    }
}
