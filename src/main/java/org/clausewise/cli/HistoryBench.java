package org.clausewise.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder until the history benchmark lands. */
final class HistoryBench implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        out.println("bench history: not available yet");
        return 0;
    }
}
