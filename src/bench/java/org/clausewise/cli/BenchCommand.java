package org.clausewise.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bench [parse|compare|export|present|history|import|corpus|search|fuzz]}: prints speed figures
 * measured on the bundled corpus (corpus: libraries grown from it and from ../shared/pdf). With no
 * benchmark named, runs them all with their defaults, but fuzz (which searches for faults rather
 * than measuring speed). Each benchmark warms up
 * before it measures. A new benchmark is a {@link CliCommand} added to {@code subcommands}.
 */
@Command(name = "bench",
        description = {"Print speed figures measured on the bundled corpus.",
            "Run it from the project folder, or set -Dclausewise.corpus=DIR. With no benchmark named, runs them all."},
        subcommands = {
            ParseBench.class,
            CompareBench.class,
            ExportBench.class,
            PresentBench.class,
            HistoryBench.class,
            ImportBench.class,
            CorpusBench.class,
            SearchBench.class,
            BriefBench.class,
            ThreeWayBench.class,
            FuzzBench.class,
        },
        footer = {"", "Report the figures together with the machine's load (cat /proc/loadavg).",
            "", "Examples:",
            "  clausewise bench",
            "  clausewise bench compare --texts 100",
            "  clausewise bench fuzz 1000000 --threads 2"})
final class BenchCommand extends CliCommand {
    @Override
    public Integer call() throws Exception {
        int worst = ExitCode.OK;
        for (CommandLine bench : spec.subcommands().values()) {
            if (bench.getCommand() instanceof FuzzBench) {
                continue; // a search for faults, not a speed figure: bench fuzz N
            }
            if (bench.getCommand() instanceof CliCommand c) {
                worst = Math.max(worst, c.call());
            }
        }
        return worst;
    }
}
