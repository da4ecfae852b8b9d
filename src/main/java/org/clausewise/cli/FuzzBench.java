package org.clausewise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.clausewise.cli.fuzz.FuzzReport;
import org.clausewise.cli.fuzz.Fuzzer;
import org.clausewise.cli.fuzz.Mutator;
import org.clausewise.cli.fuzz.Seeds;
import org.clausewise.corpus.AppDirs;
import org.clausewise.files.SafeFile;

/**
 * {@code bench fuzz [N] [--seed S] [--threads T] [--out DIR]}: feeds N mutated texts (10,000 by
 * default) to the parser, the comparison and the PDF export, seeded with the bundled corpus (and
 * the test texts when run from the project folder), and prints inputs per second, crashes and
 * slow inputs. With T threads, thread t mutates with seed S + t and runs its share of N.
 * Each finding is written to DIR/TARGET/ (default {@code fuzz-findings}) to become a regression
 * test under {@code src/test/resources/fuzz/}. Exit 1 when anything was found.
 */
final class FuzzBench implements Command {
    private static final long DEFAULT_INPUTS = 10_000;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        long count = DEFAULT_INPUTS;
        long seed = 14;
        int threads = 1;
        Path findings = Path.of("fuzz-findings");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--seed") || a.equals("--out") || a.equals("--threads")) && i + 1 < args.size()) {
                String v = args.get(++i);
                if (a.equals("--out")) {
                    findings = Path.of(v);
                } else if (a.equals("--threads")) {
                    threads = (int) Math.max(1, Math.min(number(v, "--threads"), 16));
                } else {
                    seed = number(v, "--seed");
                }
            } else if (!a.startsWith("-")) {
                count = number(a, "N");
            } else {
                throw new UsageException("bench fuzz: unknown argument '" + a + "'; usage: bench fuzz [N] [--seed S] [--threads T] [--out DIR]");
            }
        }
        List<Path> folders = new ArrayList<>();
        folders.add(AppDirs.bundledCorpus());
        folders.add(Path.of("src", "test", "resources"));
        List<byte[]> seeds = Seeds.load(folders);
        if (seeds.isEmpty()) {
            throw new UsageException("bench fuzz: no seed texts found (the bundled corpus is missing)");
        }
        out.printf(Locale.ROOT, "bench fuzz: %d inputs, seed %d, %d seed texts, %d thread(s)%n", count, seed,
                seeds.size(), threads);
        Path dir = findings;
        Consumer<Fuzzer.Finding> onFinding = f -> {
            synchronized (out) {
                out.printf(Locale.ROOT, "bench fuzz: %s in %s: %s (%d bytes, kept %d)%n", f.kind(), f.target().id(),
                        f.what(), f.originalSize(), f.input().length);
                save(dir, f, err);
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<FuzzReport>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long share = count / threads + (t < count % threads ? 1 : 0);
            Mutator mutator = new Mutator(seed + t, seeds);
            int thread = t;
            long start = System.nanoTime();
            parts.add(pool.submit(() -> new Fuzzer(mutator).run(share, onFinding, done -> {
                synchronized (out) {
                    out.printf(Locale.ROOT, "bench fuzz: thread %d: %d of %d inputs after %.0f s%n", thread, done, share,
                            (System.nanoTime() - start) / 1e9);
                }
            })));
        }
        FuzzReport report = null;
        try {
            for (Future<FuzzReport> part : parts) {
                report = report == null ? part.get() : report.plus(part.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("bench fuzz: interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("bench fuzz failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        out.print(report.describe());
        return report.findings().isEmpty() ? 0 : 1;
    }

    private static void save(Path dir, Fuzzer.Finding f, PrintStream err) {
        try {
            Path folder = Files.createDirectories(dir.resolve(f.target().id()));
            String name = f.kind() + "-" + Integer.toHexString(java.util.Arrays.hashCode(f.input())) + ".txt";
            SafeFile.of(folder.resolve(name), List.of()).write(f.input());
        } catch (IOException e) {
            err.println("clausewise: bench fuzz: cannot keep a finding in " + dir + ": " + e.getMessage());
        }
    }

    private static long number(String s, String what) throws UsageException {
        try {
            long n = Long.parseLong(s.replace("_", ""));
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("bench fuzz: " + what + " must be a whole number, not '" + s + "'");
        }
    }
}
