package org.clausewise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.corpus.AppDirs;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench compare [--runs N] [--texts N]}: how fast two parsed texts are compared. First
 * the median time per pair over every pair of the bundled corpus, warm (after the JIT has
 * compiled the engine, and with the texts' words remembered, as in the app once a text is
 * open), against the 2 ms target, and the same pairs on a fresh engine; then every pair of a corpus of 200 texts (the
 * bundled ones again and again, each copy perturbed: clauses dropped, swapped, reworded,
 * inserted) against the 60 s target. Parsing is not timed.
 */
@Command(name = "compare", description = "Comparison speed: ms per pair over the corpus pairs, and all pairs of a grown corpus.")
final class CompareBench extends CliCommand {
    private static final double PAIR_TARGET_MS = 2.0;
    private static final double ALL_PAIRS_TARGET_S = 60.0;

    private final ResolutionComparer comparer = new ResolutionComparer();

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per corpus pair (default: ${DEFAULT-VALUE}).")
    int runs = 21;

    @Option(names = "--texts", paramLabel = "N", description = "Texts in the grown corpus whose pairs are all compared"
            + " (default: ${DEFAULT-VALUE}).")
    int texts = 200;

    @Override
    public Integer call() throws IOException, BadInputException {
        if (runs < 1 || texts < 2) {
            throw usage("--runs must be 1 or more and --texts 2 or more");
        }
        PrintStream out = out();
        List<Resolution> corpus = corpus(err());
        if (corpus.size() < 2) {
            throw new BadInputException("bench compare needs at least two readable texts in the bundled corpus");
        }
        perPair(corpus, runs, out);
        allPairs(grow(corpus, texts), out);
        return ExitCode.OK;
    }

    private void perPair(List<Resolution> corpus, int runs, PrintStream out) {
        int pairs = corpus.size() * (corpus.size() - 1) / 2;
        for (int warm = 0; warm < 30; warm++) {
            forEachPair(corpus, (a, b) -> comparer.compare(a, b));
        }
        double[] medians = new double[pairs];
        double[] cold = new double[pairs];
        int k = 0;
        for (int i = 0; i < corpus.size(); i++) {
            for (int j = i + 1; j < corpus.size(); j++) {
                double[] samples = new double[runs];
                for (int r = 0; r < runs; r++) {
                    long t0 = System.nanoTime();
                    comparer.compare(corpus.get(i), corpus.get(j));
                    samples[r] = (System.nanoTime() - t0) / 1e6;
                }
                medians[k] = median(samples);
                // the same pair on a fresh engine: JIT warm, but no words of either text remembered
                for (int r = 0; r < runs; r++) {
                    ResolutionComparer fresh = new ResolutionComparer();
                    long t0 = System.nanoTime();
                    fresh.compare(corpus.get(i), corpus.get(j));
                    samples[r] = (System.nanoTime() - t0) / 1e6;
                }
                cold[k++] = median(samples);
            }
        }
        Arrays.sort(medians);
        out.printf(Locale.ROOT, "bench compare: %d corpus pairs, warm: median %.3f ms per pair (p90 %.3f ms, max %.3f ms);"
                        + " target < %.0f ms: %s%n", pairs, median(medians), medians[(int) Math.floor(0.9 * (pairs - 1))],
                medians[pairs - 1], PAIR_TARGET_MS, median(medians) < PAIR_TARGET_MS ? "met" : "MISSED");
        Arrays.sort(cold);
        out.printf(Locale.ROOT, "bench compare: same pairs on a fresh engine (texts not yet tokenized): median %.3f ms"
                + " (p90 %.3f ms, max %.3f ms)%n", median(cold), cold[(int) Math.floor(0.9 * (pairs - 1))], cold[pairs - 1]);
    }

    private void allPairs(List<Resolution> texts, PrintStream out) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        long t0 = System.nanoTime();
        int[] count = {0};
        forEachPair(texts, (a, b) -> {
            comparer.compare(a, b);
            count[0]++;
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        // CPU time too: on a shared machine the wall clock also counts other processes' turns
        String cpu = cpu0 < 0 ? "" : String.format(Locale.ROOT, ", %.1f s of CPU", (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
        out.printf(Locale.ROOT, "bench compare: all %d pairs of %d texts in %.1f s%s (%.3f ms per pair, one thread);"
                        + " target < %.0f s: %s%n", count[0], texts.size(), seconds, cpu, seconds * 1000 / count[0],
                ALL_PAIRS_TARGET_S, seconds < ALL_PAIRS_TARGET_S ? "met" : "MISSED");
    }

    private interface PairAction {
        void accept(Resolution a, Resolution b);
    }

    private static void forEachPair(List<Resolution> texts, PairAction action) {
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                action.accept(texts.get(i), texts.get(j));
            }
        }
    }

    private static List<Resolution> corpus(PrintStream err) throws IOException, BadInputException {
        Path dir = AppDirs.bundledCorpus();
        if (dir == null) {
            throw new BadInputException("no bundled corpus found (set -Dclausewise.corpus=DIR)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        List<Resolution> out = new ArrayList<>();
        for (Path f : files) {
            try {
                out.add(ResolutionFiles.read(f));
            } catch (InputException e) {
                err.println("bench compare: skipped " + f.getFileName() + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** {@code size} texts: the corpus repeated, every copy after the first perturbed its own way. */
    static List<Resolution> grow(List<Resolution> corpus, int size) {
        List<Resolution> out = new ArrayList<>(size);
        for (int t = 0; t < size; t++) {
            Resolution base = corpus.get(t % corpus.size());
            out.add(t < corpus.size() ? base : perturb(base, new Random(t)));
        }
        return out;
    }

    /** Drops, swaps, rewords and inserts a few clauses, as one session's text differs from the last. */
    private static Resolution perturb(Resolution r, Random random) {
        List<Clause> pre = new ArrayList<>(r.preamble());
        List<Clause> op = new ArrayList<>(r.operative());
        for (List<Clause> part : List.of(pre, op)) {
            if (part.size() < 3) {
                continue;
            }
            part.remove(random.nextInt(part.size()));
            int a = random.nextInt(part.size());
            int b = random.nextInt(part.size());
            Clause ca = part.get(a);
            part.set(a, part.get(b));
            part.set(b, ca);
            int w = random.nextInt(part.size());
            Clause cw = part.get(w);
            part.set(w, new Clause(cw.part(), cw.number(), reword(cw.text(), random), cw.subparagraphs(), List.of()));
            Clause copy = part.get(random.nextInt(part.size()));
            part.add(random.nextInt(part.size() + 1), new Clause(copy.part(), 0, "Also " + reword(copy.text(), random),
                    copy.subparagraphs(), List.of()));
        }
        return new Resolution(r.symbol(), r.session(), r.kind(), r.title(), r.date(), renumber(pre), renumber(op),
                r.footnotes(), List.of(), r.source() + " (perturbed)");
    }

    private static String reword(String text, Random random) {
        String[] words = text.split(" ");
        for (int k = 0; k < Math.max(1, words.length / 10); k++) {
            words[random.nextInt(words.length)] = random.nextBoolean() ? "further" : "all relevant";
        }
        return String.join(" ", words);
    }

    private static List<Clause> renumber(List<Clause> clauses) {
        List<Clause> out = new ArrayList<>(clauses.size());
        for (Clause c : clauses) {
            out.add(new Clause(c.part(), out.size() + 1, c.text(), c.subparagraphs(), List.of()));
        }
        return out;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
