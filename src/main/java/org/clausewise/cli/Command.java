package org.clausewise.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of the command line. Returns the process exit code; never throws for bad input. */
public interface Command {
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
