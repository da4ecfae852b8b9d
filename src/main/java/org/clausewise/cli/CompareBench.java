package org.clausewise.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder until the compare benchmark lands. */
final class CompareBench implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        out.println("bench compare: not available yet");
        return 0;
    }
}
