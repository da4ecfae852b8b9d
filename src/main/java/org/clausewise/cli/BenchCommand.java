package org.clausewise.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder until the bench command lands. */
final class BenchCommand implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        throw new UsageException("bench is not available yet");
    }
}
