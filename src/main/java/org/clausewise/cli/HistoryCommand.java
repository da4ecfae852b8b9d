package org.clausewise.cli;

import java.io.PrintStream;
import java.util.List;

/** Placeholder until the history command lands. */
final class HistoryCommand implements Command {
    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        throw new UsageException("history is not available yet");
    }
}
