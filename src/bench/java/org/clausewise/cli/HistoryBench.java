package org.clausewise.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.clausewise.corpus.AppDirs;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.Series;
import org.clausewise.lineage.ClauseHistory;
import org.clausewise.lineage.LineageBuilder;
import org.clausewise.lineage.SeriesLineage;
import org.clausewise.lineage.SyntheticSeries;
import org.clausewise.model.Resolution;
import picocli.CommandLine.Command;

/**
 * {@code bench history}: the histories of every clause of a 20-text series (the bundled corpus's
 * longest series, repeated and perturbed), including the 19 comparisons they are chained from.
 * Parsing is not timed. Target: under one second.
 */
@Command(name = "history", description = "Histories of every clause of a 20-text series (ms; target under 1 s).")
final class HistoryBench extends CliCommand {
    private static final int LENGTH = 20;
    private static final int WARMUP = 3;
    private static final int RUNS = 7;

    @Override
    public Integer call() throws BadInputException {
        PrintStream out = out();
        Path folder = AppDirs.bundledCorpus();
        if (folder == null) {
            throw new BadInputException("bench history: the bundled corpus folder was not found");
        }
        Corpus corpus = new CorpusLoader().load(List.of(folder));
        Series longest = corpus.series().stream().max(Comparator.comparingInt(Series::size)).orElse(null);
        if (longest == null) {
            throw new BadInputException("bench history: no texts in " + folder);
        }
        List<Resolution> real = longest.timeline().stream().map(CorpusEntry::resolution).toList();
        List<Resolution> series = SyntheticSeries.extend(real, LENGTH);
        LineageBuilder builder = new LineageBuilder();
        // The first build runs on a cold JVM with the engine's text caches empty: what a user waits
        // for the first time a series overview opens.
        long coldStart = System.nanoTime();
        SeriesLineage lineage = builder.build(series);
        double cold = (System.nanoTime() - coldStart) / 1e6;
        for (int i = 1; i < WARMUP; i++) {
            lineage = builder.build(series);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            lineage = builder.build(series);
            nanos.add(System.nanoTime() - start);
        }
        nanos.sort(null);
        double median = nanos.get(RUNS / 2) / 1e6;
        double best = nanos.get(0) / 1e6;
        int versions = 0;
        for (ClauseHistory h : lineage.preamble()) {
            versions += h.versions().size();
        }
        for (ClauseHistory h : lineage.operative()) {
            versions += h.versions().size();
        }
        out.println(String.format(Locale.ROOT,
                "bench history: %d texts, %d clause histories (%d versions): first run %.1f ms (cold), then median"
                        + " %.1f ms, best %.1f ms over %d runs (target < 1000 ms: %s)",
                LENGTH, lineage.historyCount(), versions, cold, median, best, RUNS,
                Math.max(cold, median) < 1000 ? "met" : "NOT met"));
        return ExitCode.OK;
    }
}
