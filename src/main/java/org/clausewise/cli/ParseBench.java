package org.clausewise.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder until the parse benchmark lands. */
final class ParseBench implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        out.println("bench parse: not available yet");
        return 0;
    }
}
