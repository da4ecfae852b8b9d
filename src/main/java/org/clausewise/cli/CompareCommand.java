package org.clausewise.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder until the compare command lands. */
final class CompareCommand implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        throw new UsageException("compare is not available yet");
    }
}
