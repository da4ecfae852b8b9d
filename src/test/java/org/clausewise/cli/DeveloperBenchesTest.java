package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code bench} is the developer build's when its classes are on the class path (as in the tests
 * and the dev jar), and in the installed app, which has none, a command that says where they are.
 */
class DeveloperBenchesTest {
    /** One run of a command tree whose {@code bench} classes are missing, as in the installed app. */
    private record Run(int code, String out, String err) {
        static Run withoutBenches(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
            Object bench = DeveloperBenches.command("org.clausewise.cli.NoSuchBenchCommand");
            int code = Main.commandLine(o, e, bench).execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void theDeveloperBuildHasTheBenchmarks() {
        assertEquals(DeveloperBenches.BENCH_COMMAND, ((Class<?>) DeveloperBenches.command()).getName());
        CommandLine bench = Main.commandLine(System.out, System.err).getSubcommands().get("bench");
        assertTrue(bench.getSubcommands().keySet().containsAll(List.of("parse", "compare", "export", "history")),
                bench.getSubcommands().keySet().toString());
    }

    @Test
    void withoutThemBenchHelpSaysWhereTheyAre() {
        Run r = Run.withoutBenches("bench", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Usage: clausewise bench"), r.out());
        assertTrue(r.out().contains("part of the developer build"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }

    @Test
    void withoutThemAnyBenchIsOneUsageLine() {
        for (String[] args : List.of(new String[] {"bench"}, new String[] {"bench", "compare", "--texts", "10"})) {
            Run r = Run.withoutBenches(args);
            assertEquals(ExitCode.USAGE, r.code(), String.join(" ", args));
            assertEquals("", r.out());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("clausewise: benchmarks are part of the developer build"), r.err());
        }
    }

    @Test
    void theHelpListsBenchBeforeHelpEitherWay() {
        for (Object bench : List.of(DeveloperBenches.command(), new BenchesNotInstalled())) {
            PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            List<String> names = List.copyOf(Main.commandLine(sink, sink, bench).getSubcommands().keySet());
            assertEquals(List.of("bench", "help"), names.subList(names.size() - 2, names.size()), names.toString());
            assertTrue(names.containsAll(List.of("parse", "compare", "history", "gui")), names.toString());
        }
    }
}
