package org.clausewise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.corpus.AppDirs;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.Series;
import org.clausewise.corpus.TextIndex;
import org.clausewise.corpus.search.CorpusTexts;
import org.clausewise.model.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench corpus [--sizes 1000,10000]}: the library at scale. For each size, a library of
 * that many texts (the bundled texts and, when {@code ../shared/pdf} is beside the project, the
 * 659 official PDFs, grown by perturbing them) is written to a temp folder, then: a cold import
 * into a fresh index, a warm open from the index (best and median of three, in this JVM), the heap
 * after opening (after GC), and opening single texts. With the official PDFs, the time to the
 * first comparison from a warm index is measured in a fresh JVM. The sidebar's filter and tree are
 * measured on 25,000 entries. Search across each library is measured by {@link SearchLatency}
 * (index build, phrase-search latency; target a median under 50 ms). Targets: 10,000 texts open warm in under 2 s with under 1 GB of
 * heap; the first comparison in under 3 s.
 */
@Command(name = "corpus", description = "Libraries of 1,000 and 10,000 texts: cold import, warm open (target under 2 s),"
        + " heap (under 1 GB); search latency (under 50 ms); first comparison from a warm index (under 3 s);"
        + " sidebar at 25,000 entries.")
final class CorpusBench extends CliCommand {
    private static final double WARM_TARGET_S = 2.0;
    private static final long HEAP_TARGET_MB = 1024;
    private static final double FIRST_COMPARISON_TARGET_S = 3.0;
    private static final Path PDF = Path.of("..", "shared", "pdf");
    private static final int SEARCH_PHRASES = 100;

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Library sizes (default: 1000,10000).")
    List<Integer> sizes = new ArrayList<>(List.of(1000, 10000));

    /** Set in the fresh JVM that measures the first comparison: the warm index to open. */
    @Option(names = "--first-comparison-from", hidden = true)
    Path firstComparisonFrom;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream out = out();
        PrintStream err = err();
        if (firstComparisonFrom != null) {
            return firstComparison(firstComparisonFrom, out);
        }
        out.println("bench corpus: load " + load());
        Path work = Files.createTempDirectory("clausewise-bench-corpus");
        try {
            List<Resolution> real = realTexts(work, out);
            long[] bytes = new long[sizes.size()];
            for (int i = 0; i < sizes.size(); i++) {
                bytes[i] = BenchLibrary.write(real, sizes.get(i), work.resolve("library-" + sizes.get(i)));
            }
            // the real texts are let go before anything is measured: the heap figures are the library's
            real = null;
            for (int i = 0; i < sizes.size(); i++) {
                library(bytes[i], work.resolve("library-" + sizes.get(i)), work.resolve("cache-" + sizes.get(i)), out);
            }
            if (Files.isDirectory(work.resolve("cache-pdf"))) {
                spawnFirstComparison(work.resolve("cache-pdf"), out, err);
            }
            sidebar(out, err);
            out.println("bench corpus: load " + load());
        } finally {
            deleteTree(work);
        }
        return ExitCode.OK;
    }

    /** The bundled texts and the official PDFs (a cold import of those into their own index, timed). */
    private static List<Resolution> realTexts(Path work, PrintStream out) {
        List<Path> folders = new ArrayList<>();
        if (AppDirs.bundledCorpus() != null) {
            folders.add(AppDirs.bundledCorpus());
        }
        if (Files.isDirectory(PDF.resolve("78")) && Files.isDirectory(PDF.resolve("79"))) {
            folders.add(PDF.resolve("78"));
            folders.add(PDF.resolve("79"));
        }
        long t0 = System.nanoTime();
        Corpus corpus = CorpusLoader.withIndex(TextIndex.open(work.resolve("cache-pdf"))).load(folders);
        double s = seconds(t0);
        out.printf(Locale.ROOT, "bench corpus: cold import of the real texts (%d, %s): %.1f s, %.1f texts/s, %d failures%n",
                corpus.entries().size(), folders.size() > 1 ? "bundled + ../shared/pdf" : "bundled only", s,
                corpus.entries().size() / s, corpus.failures().size());
        return corpus.entries().stream().map(CorpusEntry::resolution).toList();
    }

    private static void library(long bytes, Path folder, Path cache, PrintStream out) throws IOException {
        long t0 = System.nanoTime();
        Corpus cold = CorpusLoader.withIndex(TextIndex.open(cache)).load(List.of(folder));
        double coldS = seconds(t0);
        out.printf(Locale.ROOT, "bench corpus: %,d texts (%.0f MB): cold import %.1f s (%.0f texts/s), %d series, %d failures%n",
                cold.entries().size(), bytes / 1e6, coldS, cold.entries().size() / coldS, cold.series().size(),
                cold.failures().size());
        cold = null;
        gc();
        double[] warm = new double[3];
        double[] cpu = new double[3];
        Corpus corpus = null;
        for (int run = 0; run < warm.length; run++) {
            corpus = null;
            gc();
            long c0 = processCpuNanos();
            long w0 = System.nanoTime();
            corpus = CorpusLoader.withIndex(TextIndex.open(cache)).load(List.of(folder));
            warm[run] = seconds(w0);
            cpu[run] = (processCpuNanos() - c0) / 1e9;
        }
        Arrays.sort(cpu);
        long heapMb = heapAfterGc();
        double[] sorted = warm.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "bench corpus: %,d texts: warm open from the index %.2f s best, %.2f s median, %.2f s of"
                        + " CPU (target < %.0f s: %s); heap after open %d MB (target < %d MB: %s)%n", corpus.entries().size(),
                sorted[0], sorted[1], cpu[1], WARM_TARGET_S, sorted[1] < WARM_TARGET_S ? "met" : "MISSED", heapMb, HEAP_TARGET_MB,
                heapMb < HEAP_TARGET_MB ? "met" : "MISSED");
        openTexts(corpus, out);
        // search across this very library, warm-opened: its index built from nothing, then phrase searches
        SearchLatency.report(String.format(Locale.ROOT, "library of %,d texts (bench corpus)", corpus.entries().size()),
                CorpusTexts.of(corpus), SEARCH_PHRASES, out);
    }

    /** Opening single texts as a user does: whole texts read from the index, a few recent ones kept. */
    private static void openTexts(Corpus corpus, PrintStream out) {
        Random random = new Random(1);
        List<CorpusEntry> entries = corpus.entries();
        double[] ms = new double[200];
        for (int i = 0; i < ms.length; i++) {
            CorpusEntry e = entries.get(random.nextInt(entries.size()));
            long t0 = System.nanoTime();
            e.resolution();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        out.printf(Locale.ROOT, "bench corpus: opening a text from the index: median %.2f ms, p90 %.2f ms, max %.2f ms;"
                + " heap with %d texts opened %d MB%n", ms[ms.length / 2], ms[ms.length * 9 / 10], ms[ms.length - 1],
                ms.length, heapAfterGc());
    }

    /** Runs the first comparison in a fresh JVM, as a starting app would, and prints what it printed. */
    private static void spawnFirstComparison(Path cache, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        if (System.getProperty("clausewise.corpus") != null) {
            command.add("-Dclausewise.corpus=" + System.getProperty("clausewise.corpus"));
        }
        command.addAll(List.of(Main.class.getName(), "bench", "corpus", "--first-comparison-from", cache.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        out.print(new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        if (p.waitFor() != 0) {
            err.println("clausewise: bench corpus: the first-comparison run failed");
        }
    }

    /**
     * In a fresh JVM: open the library of the bundled texts and the official PDFs from a warm
     * index, pick the first comparison as the window does (two sessions of the first series that
     * has them), read both texts and compare them. The window's own start-up is not included.
     */
    private static int firstComparison(Path cache, PrintStream out) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        List<Path> folders = new ArrayList<>();
        if (AppDirs.bundledCorpus() != null) {
            folders.add(AppDirs.bundledCorpus());
        }
        folders.add(PDF.resolve("78"));
        folders.add(PDF.resolve("79"));
        Corpus corpus = CorpusLoader.withIndex(TextIndex.open(cache)).load(folders);
        double open = seconds(t0);
        long t1 = System.nanoTime();
        List<CorpusEntry> pair = firstPair(corpus);
        Resolution left = pair.get(0).resolution();
        Resolution right = pair.get(1).resolution();
        double read = seconds(t1);
        long t2 = System.nanoTime();
        var comparison = new ResolutionComparer().compare(left, right);
        double compare = seconds(t2);
        double total = seconds(t0);
        double sinceJvm = (System.currentTimeMillis() - jvmStart) / 1000.0;
        double cpu = processCpuNanos() / 1e9;
        out.printf(Locale.ROOT, "bench corpus: first comparison from a warm index (%d texts, %s \u2192 %s, %d rows):"
                        + " open %.2f s + read two texts %.3f s + compare %.3f s = %.2f s in a fresh JVM (%.2f s since"
                        + " the JVM started, %.2f s of CPU; the window's start-up not included) (target < %.0f s: %s)%n",
                corpus.entries().size(), left.displayName(), right.displayName(), comparison.allRows().size(), open,
                read, compare, total, sinceJvm, cpu, FIRST_COMPARISON_TARGET_S, sinceJvm < FIRST_COMPARISON_TARGET_S ? "met" : "MISSED");
        return ExitCode.OK;
    }

    /** As the window's first run: the newest adopted text of the first series with two sessions, and the one before. */
    private static List<CorpusEntry> firstPair(Corpus corpus) {
        for (Series s : corpus.series()) {
            List<CorpusEntry> adopted = s.timeline().stream().filter(e -> e.summary().isAdopted()).toList();
            if (s.sessions().size() >= 2 && adopted.size() >= 2) {
                CorpusEntry newest = adopted.get(adopted.size() - 1);
                for (int i = adopted.size() - 2; i >= 0; i--) {
                    if (!java.util.Objects.equals(adopted.get(i).summary().session(), newest.summary().session())) {
                        return List.of(adopted.get(i), newest);
                    }
                }
            }
        }
        throw new IllegalStateException("no series with two sessions");
    }

    /** The sidebar at 25,000 entries, measured by the UI's own bench when the UI classes are there. */
    private static void sidebar(PrintStream out, PrintStream err) {
        try {
            Class<?> bench = Class.forName("org.clausewise.ui.sidebar.SidebarBench");
            bench.getMethod("run", PrintStream.class).invoke(null, out);
        } catch (ReflectiveOperationException | LinkageError e) {
            err.println("clausewise: bench corpus: the sidebar could not be measured here (" + e + ")");
        }
    }

    /** Processor time of the whole JVM: on a shared machine the wall clock also counts other programs' turns. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static long heapAfterGc() {
        gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f (system load average)",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
