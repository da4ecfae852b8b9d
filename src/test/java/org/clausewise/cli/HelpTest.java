package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and every benchmark answers --help, with a description and the exit codes. */
class HelpTest {
    /** Every command line of the tree ("parse", "bench compare"...), found from the tree itself. */
    private static List<String> everyCommand() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        collect(Main.commandLine(sink, sink), "", names);
        return names;
    }

    private static void collect(CommandLine cl, String prefix, List<String> names) {
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getValue().getCommand() instanceof CommandLine.HelpCommand) {
                continue;
            }
            String name = (prefix + " " + e.getKey()).strip();
            names.add(name);
            collect(e.getValue(), name, names);
        }
    }

    @Test
    void everyCommandAndBenchHasHelp() {
        List<String> commands = everyCommand();
        assertTrue(commands.containsAll(List.of("parse", "compare", "history", "gui", "bench", "bench parse",
                "bench compare", "bench export", "bench history")), commands.toString());
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            CliRun r = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), command);
            assertEquals("", r.err(), command);
            assertTrue(r.out().startsWith("Usage: clausewise " + command), r.out());
            String description = r.out().lines().skip(1).filter(l -> !l.startsWith(" ")).findFirst().orElse("");
            assertFalse(description.isBlank() || description.startsWith("-"), command + ": " + r.out());
            assertTrue(r.out().contains("Exit codes:\n   0   ok\n   1   bad input"), r.out());
            assertTrue(r.out().contains("   3   write failure"), r.out());
        }
    }

    @Test
    void theTopHelpListsTheCommands() {
        for (String[] args : new String[][] {{"--help"}, {"-h"}, {"help"}}) {
            CliRun r = CliRun.run(args);
            assertEquals(0, r.code());
            for (String c : List.of("parse", "compare", "history", "gui", "bench")) {
                assertTrue(r.out().contains("\n  " + c + " "), r.out());
            }
        }
        assertTrue(CliRun.run("help", "compare").out().startsWith("Usage: clausewise compare"));
    }

    @Test
    void versionIsOneLine() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("clausewise "), r.out());
        assertEquals(1, r.out().strip().lines().count());
    }
}
