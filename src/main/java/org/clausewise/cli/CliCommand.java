package org.clausewise.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every command shares: its standard output and error (already made safe for a terminal, see
 * {@link TerminalSafeOutputStream}; {@link Main} checks stdout was really written), and a way to
 * report a usage mistake found after parsing. {@link #call()} returns the exit code; bad input is
 * thrown as {@link BadInputException} or {@link org.clausewise.ingest.InputException} (exit 1), a
 * failed file write as {@link WriteFailedException} (exit 3), and {@link Main} prints the one line.
 */
public abstract class CliCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    protected final PrintStream out() {
        return streams().out();
    }

    protected final PrintStream err() {
        return streams().err();
    }

    private Streams streams() {
        return ((ClausewiseCommand) spec.root().userObject()).streams();
    }

    /** A mistake in the command line that picocli cannot see (two options that exclude each other...): exit 2. */
    protected final ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Standard output and error of one run. */
    record Streams(PrintStream out, PrintStream err) {
    }
}
