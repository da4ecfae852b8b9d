package org.clausewise.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder until the parse command lands. */
final class ParseCommand implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        throw new UsageException("parse is not available yet");
    }
}
