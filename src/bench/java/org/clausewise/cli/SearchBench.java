package org.clausewise.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clausewise.corpus.AppDirs;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.Series;
import org.clausewise.corpus.search.CorpusTexts;
import org.clausewise.corpus.search.SearchableText;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench search [--phrases N]}: search figures ({@link SearchLatency}) for libraries of
 * 1,000 and 10,000 texts grown from the bundled corpus (each copy perturbed as {@code bench
 * compare} does, and its own series, so that series stay the size real ones have), and for the
 * official texts of {@code ../shared/pdf} when they are there and PDF reading exists. Parsing
 * is not timed.
 */
@Command(name = "search",
        description = "Search index build time and phrase-search latency (median, p90) over 1,000 and 10,000 texts"
                + " and ../shared/pdf (target: median under 50 ms on 10,000 texts).")
final class SearchBench extends CliCommand {
    private static final int[] SIZES = {1_000, 10_000};

    @Option(names = "--phrases", paramLabel = "N", defaultValue = "300",
            description = "Phrases searched per mode and library (default: ${DEFAULT-VALUE}).")
    int phrases;

    @Option(names = "--folder", paramLabel = "DIR",
            description = "Also measure over the texts of this folder (repeatable; e.g. text exports of a later session).")
    List<Path> folders = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (phrases < 1) {
            throw usage("--phrases must be at least 1");
        }
        PrintStream out = out();
        Path folder = AppDirs.bundledCorpus();
        if (folder == null) {
            throw new BadInputException("bench search: no bundled corpus found (set -Dclausewise.corpus=DIR)");
        }
        Corpus bundled = new CorpusLoader().load(List.of(folder));
        if (bundled.isEmpty()) {
            throw new BadInputException("bench search: no readable texts in " + folder);
        }
        for (int size : SIZES) {
            SearchLatency.report(String.format("%,d texts", size), grow(bundled, size), phrases, out);
        }
        Path pdf = Path.of("..", "shared", "pdf");
        if (readablePdfs(pdf.resolve("78"))) {
            Corpus official = new CorpusLoader().load(List.of(pdf.resolve("78"), pdf.resolve("79")));
            SearchLatency.report("../shared/pdf", CorpusTexts.of(official), phrases, out);
        } else {
            out.println("bench search: ../shared/pdf: skipped (" + (Files.isDirectory(pdf)
                    ? "PDF reading is not available yet" : "not found beside the project") + ")");
        }
        if (!folders.isEmpty()) {
            Corpus given = new CorpusLoader().load(folders);
            if (given.isEmpty()) {
                throw new BadInputException("bench search: no readable texts in " + folders);
            }
            SearchLatency.report(folders.size() == 1 ? folders.get(0).toString() : folders.size() + " folders",
                    CorpusTexts.of(given), phrases, out);
        }
        return ExitCode.OK;
    }

    /**
     * {@code size} texts: the bundled ones, then perturbed copies; copy round r of a series is a
     * series of its own, as a library holds many series of a few texts each.
     */
    static List<SearchableText> grow(Corpus corpus, int size) {
        List<Resolution> base = new ArrayList<>();
        List<Series> seriesOf = new ArrayList<>();
        for (Series s : corpus.series()) {
            for (CorpusEntry e : s.timeline()) {
                base.add(e.resolution());
                seriesOf.add(s);
            }
        }
        List<Resolution> grown = CompareBench.grow(base, size);
        List<SearchableText> texts = new ArrayList<>(size);
        for (int t = 0; t < grown.size(); t++) {
            int round = t / base.size();
            Series s = seriesOf.get(t % base.size());
            String seriesId = s.title() + " #" + round;
            String file = "copy-" + round + "-of-" + (t % base.size()) + ".txt";
            texts.add(CorpusTexts.text("/bench/" + file, grown.get(t), file, seriesId, seriesId));
        }
        return texts;
    }

    private static boolean readablePdfs(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".pdf")).findFirst().map(ResolutionFiles::isCandidate).orElse(false);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
