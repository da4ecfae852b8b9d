package org.clausewise.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of every command, the same everywhere (documented in docs/cli-contract.md and
 * at the end of every {@code --help}). Scripts rely on them: keep the numbers.
 */
public final class ExitCode {
    /** It worked. */
    public static final int OK = 0;
    /** Bad input: a file missing, unreadable or not a resolution; a clause or text not found. */
    public static final int BAD_INPUT = 1;
    /** The command line itself is wrong: unknown command or option, missing or extra argument. */
    public static final int USAGE = 2;
    /** The output could not be written: the PDF or PNG file, or standard output (closed, disk full). */
    public static final int WRITE_FAILED = 3;

    private ExitCode() {
    }

    /** The list shown under "Exit codes:" in every command's help. */
    static Map<String, String> helpList() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(" " + OK, "ok");
        m.put(" " + BAD_INPUT, "bad input (a file missing, unreadable, not a resolution...)");
        m.put(" " + USAGE, "usage (unknown command or option, wrong number of arguments)");
        m.put(" " + WRITE_FAILED, "write failure (the PDF or PNG, or standard output, could not be written)");
        return m;
    }
}
