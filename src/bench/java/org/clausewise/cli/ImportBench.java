package org.clausewise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.clausewise.corpus.AppDirs;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.ingest.ResolutionParser;
import org.clausewise.ingest.pdf.PdfText;
import org.clausewise.ingest.pdf.PdfTextReader;
import org.clausewise.model.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench import [--dir DIR] [--threads N]}: PDF import speed, reading and parsing every PDF
 * of a folder (default {@code ../shared/pdf} beside the project, the official PDFs of two whole
 * sessions) on all cores, as loading a folder in the app does. When that folder is absent, PDFs
 * made in memory from the bundled corpus texts are used. Prints a cold round (what a user waits
 * for on first load), a warm one, PDFs per second, MB/s, CPU time and heap, then what came
 * out: read, refused with reasons, clauses, warnings per kind. Target: the 659 official PDFs in
 * under 30 s with under 300 MB of heap (run with -Xmx300m to prove it).
 */
@Command(name = "import", description = "PDF import: PDFs/s, MB/s and heap over ../shared/pdf (or PDFs made from the bundled corpus).")
final class ImportBench extends CliCommand {
    @Option(names = "--dir", paramLabel = "DIR", description = "Folder of PDFs, searched below too (default: ../shared/pdf beside the project).")
    Path dir;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** One PDF to import: a file, or bytes made in memory. */
    private record Source(String name, Path file, byte[] bytes, long size) {
    }

    /** What importing one PDF gave, and the CPU time it took. */
    private record Outcome(Resolution resolution, String error, long cpuNanos) {
    }

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw usage("--threads must be at least 1");
        }
        PrintStream out = out();
        List<Source> sources = sources(out);
        long bytes = sources.stream().mapToLong(Source::size).sum();
        double mb = bytes / 1024.0 / 1024.0;
        out.printf(Locale.ROOT, "bench import: %d PDFs, %.1f MB, %d thread(s), max heap %d MB%n", sources.size(), mb,
                threads, Runtime.getRuntime().maxMemory() / 1024 / 1024);
        long start = System.nanoTime();
        List<Outcome> cold = importAll(sources);
        double coldSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        List<Outcome> warm = importAll(sources);
        double warmSeconds = (System.nanoTime() - start) / 1e9;
        double cpu = warm.stream().mapToLong(Outcome::cpuNanos).sum() / 1e9;
        out.printf(Locale.ROOT, "  cold round: %.1f s wall, %.0f PDFs/s, %.1f MB/s%n", coldSeconds,
                sources.size() / coldSeconds, mb / coldSeconds);
        out.printf(Locale.ROOT, "  warm round: %.1f s wall, %.0f PDFs/s, %.1f MB/s; %.1f s CPU (%.1f ms per PDF)%n",
                warmSeconds, sources.size() / warmSeconds, mb / warmSeconds, cpu, cpu * 1000 / sources.size());
        // The pools' peaks only say how far the young generation filled before a collection; what
        // proves the memory need is running within a small maximum (-Xmx300m) and what stays live.
        out.printf(Locale.ROOT, "  heap: ran within a max of %d MB; %d MB live after the run%n",
                Runtime.getRuntime().maxMemory() / 1024 / 1024, liveHeap() / 1024 / 1024);
        report(cold, out);
        out.printf(Locale.ROOT, "bench import: %d PDFs read and parsed in %.1f s cold, %.1f s warm on %d thread(s) "
                        + "(%.0f PDFs/s, %.1f MB/s, %.1f s CPU), within %d MB of heap; target: the 659 official PDFs under 30 s, under 300 MB%n",
                sources.size(), coldSeconds, warmSeconds, threads, sources.size() / warmSeconds, mb / warmSeconds, cpu,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        return ExitCode.OK;
    }

    private List<Source> sources(PrintStream out) throws IOException, BadInputException {
        Path folder = dir != null ? dir : officialPdfs();
        if (folder != null && Files.isDirectory(folder)) {
            List<Source> sources = new ArrayList<>();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList()) {
                    sources.add(new Source(p.getFileName().toString(), p, null, Files.size(p)));
                }
            }
            if (sources.isEmpty()) {
                throw new BadInputException("bench import: no PDFs in " + folder);
            }
            out.println("bench import: PDFs of " + folder);
            return sources;
        }
        if (dir != null) {
            throw new BadInputException("bench import: " + dir + " is not a folder");
        }
        Path corpus = AppDirs.bundledCorpus();
        if (corpus == null) {
            throw new BadInputException("bench import: neither ../shared/pdf nor the bundled corpus was found");
        }
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                byte[] pdf = SamplePdfs.render(Files.readString(p));
                for (int copy = 0; copy < 10; copy++) {
                    sources.add(new Source(p.getFileName() + " #" + copy, null, pdf, pdf.length));
                }
            }
        }
        out.println("bench import: ../shared/pdf not found; PDFs made from the bundled corpus of " + corpus);
        return sources;
    }

    /** {@code ../shared/pdf} beside the project folder (the bundled corpus's parent), or beside the working folder. */
    private static Path officialPdfs() {
        Path corpus = AppDirs.bundledCorpus();
        Path root = corpus != null && corpus.toAbsolutePath().getParent() != null
                ? corpus.toAbsolutePath().getParent() : Path.of("").toAbsolutePath();
        Path shared = root.resolve("../shared/pdf").normalize();
        return Files.isDirectory(shared) ? shared : null;
    }

    private List<Outcome> importAll(List<Source> sources) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>(sources.size());
            for (Source s : sources) {
                futures.add(pool.submit(() -> importOne(s)));
            }
            List<Outcome> outcomes = new ArrayList<>(sources.size());
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome importOne(Source s) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long before = cpu.getCurrentThreadCpuTime();
        Resolution resolution = null;
        String error = null;
        try {
            if (s.file() != null) {
                resolution = ResolutionFiles.read(s.file());
            } else {
                PdfText pdf = PdfTextReader.read(s.bytes(), s.name());
                resolution = new ResolutionParser().parse(pdf.text(), s.name(), pdf.masthead(), pdf.warnings());
            }
        } catch (InputException e) {
            error = e.getMessage();
        } catch (Exception e) {
            error = s.name() + ": " + e;
        }
        return new Outcome(resolution, error, cpu.getCurrentThreadCpuTime() - before);
    }

    /** What came out: read and refused (with reasons), clauses and footnotes, warnings by kind. */
    private static void report(List<Outcome> outcomes, PrintStream out) {
        int read = 0;
        int preamble = 0;
        int operative = 0;
        int footnotes = 0;
        Map<String, Integer> warnings = new TreeMap<>();
        List<String> refused = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.resolution() == null) {
                refused.add(o.error());
                continue;
            }
            read++;
            preamble += o.resolution().preamble().size();
            operative += o.resolution().operative().size();
            footnotes += o.resolution().footnotes().size();
            for (String w : o.resolution().warnings()) {
                warnings.merge(kind(w), 1, Integer::sum);
            }
        }
        out.printf(Locale.ROOT, "  read %d, refused %d; %d preambular and %d operative paragraphs, %d footnotes%n",
                read, refused.size(), preamble, operative, footnotes);
        for (String r : refused) {
            out.println("    refused: " + r);
        }
        warnings.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> out.printf(Locale.ROOT, "    %5d warning(s): %s%n", e.getValue(), e.getKey()));
    }

    /** A warning with its particulars (numbers, quoted words) set aside, so that warnings of one kind count together. */
    private static String kind(String warning) {
        return warning.replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("\\([^)]*\\)", "(…)").replaceAll("\\d+", "N");
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
