package org.clausewise.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.clausewise.ingest.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point of {@code clausewise.jar}: parses the command line with picocli and runs the command
 * (with none, opens the window). Whatever goes wrong ends with one line on stderr and the exit
 * code of {@link ExitCode}, never a stack trace; output reaches the terminal only through
 * {@link TerminalSafeOutputStream}, and a failed write to stdout is exit 3, not a silent 0.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // not System.out: its errors could not be told apart from ours, and it flushes on every line
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(Arrays.asList(args), out, err));
    }

    /** Runs one command line; returns the exit code. Used by tests in-process. */
    public static int run(List<String> args, PrintStream rawOut, PrintStream rawErr) {
        PrintStream out = new PrintStream(new TerminalSafeOutputStream(rawOut), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new TerminalSafeOutputStream(rawErr), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = commandLine(out, err).execute(args.isEmpty() ? new String[] {"gui"} : args.toArray(String[]::new));
        } catch (OutOfMemoryError e) {
            err.println("clausewise: out of memory");
            code = ExitCode.BAD_INPUT;
        } catch (StackOverflowError e) {
            // an input too deeply nested for a parser: the input's fault, and said in one line
            err.println("clausewise: failed: the input is nested too deeply (stack overflow)");
            code = ExitCode.BAD_INPUT;
        }
        // PrintStream swallows write errors: ask it, after the last flush, whether stdout took it all
        out.flush();
        if (out.checkError() || rawOut.checkError()) {
            err.println("clausewise: cannot write to standard output (closed, or the disk is full)");
            code = ExitCode.WRITE_FAILED;
        }
        err.flush();
        return code;
    }

    /** The command tree with its shared configuration: help options, exit codes, error handling. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        return commandLine(out, err, DeveloperBenches.command());
    }

    /** The same, with {@code bench} given (the developer build's command class, or its stand-in). */
    static CommandLine commandLine(PrintStream out, PrintStream err, Object bench) {
        CommandLine cl = ClausewiseCommand.tree(new CliCommand.Streams(out, err), bench);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        // colours would be escaped as control characters on their way out; plain text everywhere
        cl.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        cl.setUsageHelpAutoWidth(true);
        // "@name" is a file name like any other, not a file of more arguments
        cl.setExpandAtFiles(false);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler(Main::failure);
        configure(cl.getCommandSpec());
        return cl;
    }

    /** Every command, however deep, answers --help and --version and lists the exit codes. */
    private static void configure(CommandSpec spec) {
        spec.mixinStandardHelpOptions(true);
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
        for (CommandLine sub : spec.subcommands().values()) {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                configure(sub.getCommandSpec());
            }
        }
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        String message = firstLine(e.getMessage());
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            // picocli says "Unmatched argument at index 0"; name what the user typed instead
            String what = u.getUnmatched().get(0);
            message = spec.subcommands().isEmpty() || what.startsWith("-")
                    ? (what.startsWith("-") ? "unknown option '" : "unexpected argument '") + what + "'"
                    : "unknown command '" + what + "' (choose one of " + String.join(", ", spec.subcommands().keySet()) + ")";
        }
        e.getCommandLine().getErr().println("clausewise: " + message + " (see '" + spec.qualifiedName() + " --help')");
        return ExitCode.USAGE;
    }

    private static int failure(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof BadInputException || e instanceof InputException) {
            err.println("clausewise: " + firstLine(e.getMessage()));
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof WriteFailedException) {
            err.println("clausewise: " + firstLine(e.getMessage()));
            return ExitCode.WRITE_FAILED;
        }
        // not foreseen: still one line, naming the command, and counted as bad input
        err.println("clausewise: " + cl.getCommandName() + " failed: " + firstLine(e.getMessage() == null
                || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage()));
        return ExitCode.BAD_INPUT;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
