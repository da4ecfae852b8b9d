package org.clausewise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.corpus.AppDirs;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;
import org.clausewise.present.Presentation;
import org.clausewise.present.ViewOptions;
import picocli.CommandLine.Command;

/**
 * {@code bench present}: time to decide what is shown of a comparison (rows, badges, runs of both
 * sides, change list), which the window redoes on every toggle: every ordered pair of the corpus
 * under the four combinations of the two toggles, warm. Parsing and comparing happen before timing.
 */
@Command(name = "present", description = "Presentation time of a comparison under the view options (ms, warm).")
final class PresentBench extends CliCommand {
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 9;
    private static final double TARGET_MS = 16; // one screen frame: a toggle must not stutter
    private static final List<ViewOptions> OPTIONS = List.of(new ViewOptions(false, true),
            new ViewOptions(false, false), new ViewOptions(true, true), new ViewOptions(true, false));

    @Override
    public Integer call() throws BadInputException, InputException, IOException {
        PrintStream out = out();
        Path corpus = AppDirs.bundledCorpus();
        if (corpus == null || !Files.isDirectory(corpus)) {
            throw new BadInputException("bench present: the bundled corpus was not found (run from the project folder)");
        }
        List<Resolution> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(ResolutionFiles.read(f));
            }
        }
        ResolutionComparer comparer = new ResolutionComparer();
        List<Comparison> pairs = new ArrayList<>();
        for (Resolution a : texts) {
            for (Resolution b : texts) {
                if (a != b) {
                    pairs.add(comparer.compare(a, b));
                }
            }
        }
        int changes = 0;
        for (int i = 0; i < WARM_UP; i++) {
            changes = 0;
            for (Comparison c : pairs) {
                for (ViewOptions o : OPTIONS) {
                    changes += Presentation.of(c, o).changes().size();
                }
            }
        }
        // each presentation's best time over the rounds: the machine's other load only adds to a time
        double[] best = new double[pairs.size() * OPTIONS.size()];
        Arrays.fill(best, Double.MAX_VALUE);
        for (int r = 0; r < ROUNDS; r++) {
            int k = 0;
            for (Comparison c : pairs) {
                for (ViewOptions o : OPTIONS) {
                    long start = System.nanoTime();
                    Presentation.of(c, o);
                    best[k] = Math.min(best[k], (System.nanoTime() - start) / 1e6);
                    k++;
                }
            }
        }
        Arrays.sort(best);
        out.printf(Locale.ROOT, "bench present: %d pairs x %d option sets, %d changes listed in all%n",
                pairs.size(), OPTIONS.size(), changes);
        out.printf(Locale.ROOT, "bench present: warm median %.3f ms, p90 %.3f ms, slowest %.3f ms per presentation"
                        + " (target < %.0f ms, one frame)%n", best[best.length / 2], best[best.length * 9 / 10],
                best[best.length - 1], TARGET_MS);
        return ExitCode.OK;
    }
}
