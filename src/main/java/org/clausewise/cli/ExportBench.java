package org.clausewise.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder until the export benchmark lands. */
final class ExportBench implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        out.println("bench export: not available yet");
        return 0;
    }
}
