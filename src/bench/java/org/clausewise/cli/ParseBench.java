package org.clausewise.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.clausewise.corpus.AppDirs;
import org.clausewise.ingest.NotAResolutionException;
import org.clausewise.ingest.ResolutionParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench parse [--mb N]}: parse throughput over the bundled corpus, every text parsed over
 * and over until at least N MB (default 20) of text went through. Warms up first so the JIT has
 * compiled the parser, then prints MB/s for five measured rounds on one thread (by the wall
 * clock and per CPU-second, which stays meaningful on a busy machine) and for one round on all
 * cores, each thread with its own parser.
 */
@Command(name = "parse", description = "Parse throughput (MB/s) over the bundled corpus, one thread and all cores.")
final class ParseBench extends CliCommand {
    private static final int ROUNDS = 5;

    @Option(names = "--mb", paramLabel = "N", description = "Megabytes of text per measured round (default: ${DEFAULT-VALUE}).")
    double targetMb = 20;

    @Override
    public Integer call() throws BadInputException, IOException {
        PrintStream out = out();
        if (!(targetMb > 0)) {
            throw usage("--mb must be above 0");
        }
        Path dir = AppDirs.bundledCorpus();
        if (dir == null) {
            throw new BadInputException("bench parse: no corpus folder found (run from the project folder)");
        }
        List<String> texts = new ArrayList<>();
        long corpusBytes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String t = Files.readString(p, StandardCharsets.UTF_8);
                texts.add(t);
                corpusBytes += t.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        if (texts.isEmpty()) {
            throw new BadInputException("bench parse: no .txt texts in " + dir);
        }
        long target = (long) (targetMb * 1024 * 1024);
        int repeats = (int) Math.max(1, (target + corpusBytes - 1) / corpusBytes);
        ResolutionParser parser = new ResolutionParser();
        double mb = repeats * corpusBytes / 1024.0 / 1024.0;
        out.printf(Locale.ROOT, "bench parse: %d texts, %.1f KB, repeated %d times = %.1f MB per round%n",
                texts.size(), corpusBytes / 1024.0, repeats, mb);
        runRound(parser, texts, repeats); // warm-up: let the JIT compile the parser first
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        boolean cpuTime = cpu.isCurrentThreadCpuTimeSupported();
        double bestWall = 0;
        double bestCpu = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            long cpuStart = cpuTime ? cpu.getCurrentThreadCpuTime() : 0;
            long start = System.nanoTime();
            int clauses = runRound(parser, texts, repeats);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = cpuTime ? (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9 : seconds;
            bestWall = Math.max(bestWall, mb / seconds);
            bestCpu = Math.max(bestCpu, mb / cpuSeconds);
            out.printf(Locale.ROOT, "  round %d, one thread: %.2f s wall, %.2f s CPU: %.1f MB/s wall, %.1f MB/s per CPU-second (%d clauses)%n",
                    round, seconds, cpuSeconds, mb / seconds, mb / cpuSeconds, clauses);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        double parallel = parallelRound(texts, repeats, threads);
        out.printf(Locale.ROOT, "  %d threads: %.1f MB/s wall%n", threads, mb / parallel);
        out.printf(Locale.ROOT, "bench parse: %.1f MB/s wall on one thread (%.1f MB/s per CPU-second), "
                + "%.1f MB/s wall on %d threads; target 50 MB/s%n", bestWall, bestCpu, mb / parallel, threads);
        return ExitCode.OK;
    }

    /** Parses the rounds' texts on {@code threads} threads, each with its own parser; returns seconds. */
    private static double parallelRound(List<String> texts, int repeats, int threads) throws BadInputException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = (repeats + threads - 1) / threads;
                jobs.add(() -> runRound(new ResolutionParser(), texts, share));
            }
            long start = System.nanoTime();
            for (Future<Integer> f : pool.invokeAll(jobs)) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9 * repeats / (threads * ((repeats + threads - 1) / threads));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException("bench parse: interrupted");
        } catch (ExecutionException e) {
            throw new BadInputException("bench parse: " + e.getCause().getMessage());
        } finally {
            pool.shutdownNow();
        }
    }

    private static int runRound(ResolutionParser parser, List<String> texts, int repeats) throws BadInputException {
        int clauses = 0;
        for (int r = 0; r < repeats; r++) {
            for (String t : texts) {
                try {
                    var res = parser.parse(t, "bench");
                    clauses += res.preamble().size() + res.operative().size();
                } catch (NotAResolutionException e) {
                    throw new BadInputException("bench parse: " + e.getMessage());
                }
            }
        }
        return clauses;
    }
}
