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
import org.clausewise.ingest.pdf.PdfTextReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench fuzz [N] [--seed S] [--threads T] [--out DIR]}: feeds N mutated texts (10,000 by
 * default) to the parser, the comparison and the PDF export, seeded with the bundled corpus (and
 * the test texts when run from the project folder), and prints inputs per second, crashes and
 * slow inputs. With T threads, thread t mutates with seed S + t and runs its share of N.
 * Each finding is written to DIR/TARGET/ (default {@code fuzz-findings}) to become a regression
 * test under {@code src/test/resources/fuzz/}. Exit 1 when anything was found. A plain
 * {@code bench} does not run it.
 */
@Command(name = "fuzz", description = {"Feed N mutated texts to the parser, the comparison and the PDF export;",
    "print inputs per second, crashes and slow inputs (over 1 s of CPU per 10 KB). Exit 1 if any."})
final class FuzzBench extends CliCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "N", description = "Inputs to run (default: ${DEFAULT-VALUE}).")
    long count = 10_000;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed of the mutations (default: ${DEFAULT-VALUE}).")
    long seed = 14;

    @Option(names = "--threads", paramLabel = "T", description = "Threads; thread t uses seed S + t (default: ${DEFAULT-VALUE}).")
    int threads = 1;

    @Option(names = "--out", paramLabel = "DIR", description = "Where findings are kept, DIR/TARGET/ (default: ${DEFAULT-VALUE}).")
    Path findings = Path.of("fuzz-findings");

    @Option(names = "--pdfs", paramLabel = "DIR", description = "PDF files to mutate for the PDF reader (default: ${DEFAULT-VALUE}, if present).")
    Path pdfSeedFolder = Path.of("..", "shared", "pdf");


    @Override
    public Integer call() throws BadInputException {
        PdfTextReader.quietPdfBox(); // PDFBox would log every damaged PDF it is fed, which is the point here
        PrintStream out = out();
        PrintStream err = err();
        if (count < 0 || threads < 1 || threads > 16) {
            throw usage("bench fuzz: N must be 0 or more and --threads between 1 and 16");
        }
        List<Path> folders = new ArrayList<>();
        folders.add(AppDirs.bundledCorpus());
        folders.add(Path.of("src", "test", "resources"));
        List<byte[]> seeds = Seeds.load(folders);
        // official PDFs beside the project (../shared/pdf) when present; never part of the repository
        List<byte[]> pdfSeeds = Seeds.pdfs(pdfSeedFolder, 40);
        if (seeds.isEmpty()) {
            throw new BadInputException("bench fuzz: no seed texts found (the bundled corpus is missing)");
        }
        out.printf(Locale.ROOT, "bench fuzz: %d inputs, seed %d, %d seed texts, %d seed PDFs, %d thread(s)%n",
                count, seed, seeds.size(), pdfSeeds.size(), threads);
        Path dir = findings;
        Consumer<Fuzzer.Finding> onFinding = f -> {
            synchronized (out) {
                out.printf(Locale.ROOT, "bench fuzz: %s in %s: %s (%d bytes, kept %d)%n", f.kind(), f.target().id(),
                        f.what(), f.originalSize(), f.input().length);
                save(dir, f, err);
                out.flush(); // a long run shows its findings as they come
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<FuzzReport>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long share = count / threads + (t < count % threads ? 1 : 0);
            Mutator mutator = new Mutator(seed + t, seeds);
            Mutator pdfMutator = pdfSeeds.isEmpty() ? null : new Mutator(seed + t, pdfSeeds);
            int thread = t;
            long start = System.nanoTime();
            parts.add(pool.submit(() -> new Fuzzer(mutator, pdfMutator).run(share, onFinding, done -> {
                synchronized (out) {
                    out.printf(Locale.ROOT, "bench fuzz: thread %d: %d of %d inputs after %.0f s%n", thread, done, share,
                            (System.nanoTime() - start) / 1e9);
                    out.flush();
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
            throw new BadInputException("bench fuzz: interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("bench fuzz failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        out.print(report.describe());
        return report.findings().isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
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

}
