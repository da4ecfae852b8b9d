package org.clausewise.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of {@code clausewise.jar}. Dispatches to a sub-command; with no command, or with
 * {@code gui}, opens the window. Bad input ends with one clear line on stderr and a non-zero exit,
 * never a stack trace.
 */
public final class Main {
    private Main() {
    }

    static Map<String, Command> commands() {
        Map<String, Command> m = new LinkedHashMap<>();
        m.put("parse", new ParseCommand());
        m.put("compare", new CompareCommand());
        m.put("history", new HistoryCommand());
        m.put("bench", new BenchCommand());
        m.put("gui", new GuiCommand());
        return m;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(Arrays.asList(args), out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs one command line; returns the exit code. Used by tests in-process. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            args = List.of("gui");
        }
        String name = args.get(0);
        if (name.equals("-h") || name.equals("--help") || name.equals("help")) {
            out.println(usage());
            return 0;
        }
        Command command = commands().get(name);
        if (command == null) {
            err.println("clausewise: unknown command '" + name + "'. " + usage().lines().findFirst().orElse(""));
            return 2;
        }
        try {
            return command.run(args.subList(1, args.size()), out, err);
        } catch (UsageException e) {
            err.println("clausewise: " + e.getMessage());
            return 2;
        } catch (OutOfMemoryError e) {
            err.println("clausewise: out of memory while running '" + name + "'");
            return 1;
        } catch (Exception | StackOverflowError e) {
            err.println("clausewise: " + name + " failed: " + describe(e));
            return 1;
        }
    }

    private static String describe(Throwable e) {
        String msg = e.getMessage();
        return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse(msg);
    }

    static String usage() {
        return String.join("\n",
                "usage: clausewise [gui | parse | compare | history | bench] ...",
                "  gui [--screenshot OUT.png --left FILE --right FILE [--theme dark] [--at \"OP 8\"]]",
                "                                                         open the window (default)",
                "  parse FILE [--json]                                    parse one text",
                "  compare LEFT RIGHT [--json | --pdf OUT.pdf]            compare two texts",
                "  history FILES_OR_DIRS... --clause \"OP 8 of A/RES/69/179\" [--json]   follow one clause",
                "      a clause is \"OP n\" or \"PP n\" of a symbol or a file name (history --help)",
                "  bench [parse|compare|export|history|fuzz [N]]          print speed figures; fuzz: crashes and slow inputs");
    }
}
