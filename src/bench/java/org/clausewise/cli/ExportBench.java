package org.clausewise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.corpus.AppDirs;
import org.clausewise.export.ComparisonPdf;
import org.clausewise.export.PdfOptions;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Comparison;
import picocli.CommandLine.Command;

/**
 * {@code bench export}: time to write the PDF of the largest corpus pair (the privacy series,
 * A/RES/73/179 → A/RES/79/175), warm. Parsing and comparing happen once, before timing; each
 * measured run lays out, draws, embeds the font subsets and saves the file to a temp folder.
 */
@Command(name = "export", description = "PDF export time of the largest corpus pair (ms, warm).")
final class ExportBench extends CliCommand {
    private static final String LEFT = "A-RES-73-179.txt";
    private static final String RIGHT = "A-RES-79-175.txt";
    private static final int WARM_UP = 15;
    private static final int RUNS = 21;
    private static final double TARGET_MS = 300;

    @Override
    public Integer call() throws BadInputException, InputException, IOException {
        PrintStream out = out();
        Path corpus = AppDirs.bundledCorpus();
        if (corpus == null || !Files.isRegularFile(corpus.resolve(LEFT)) || !Files.isRegularFile(corpus.resolve(RIGHT))) {
            throw new BadInputException("bench export: the corpus texts " + LEFT + " and " + RIGHT
                    + " were not found (run from the project folder)");
        }
        Comparison comparison = new ResolutionComparer().compare(ResolutionFiles.read(corpus.resolve(LEFT)),
                ResolutionFiles.read(corpus.resolve(RIGHT)));
        Path dir = Files.createTempDirectory("clausewise-bench");
        Path pdf = dir.resolve("bench.pdf");
        try {
            for (int i = 0; i < WARM_UP; i++) {
                ComparisonPdf.write(comparison, pdf, PdfOptions.defaults());
            }
            double[] ms = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                ComparisonPdf.write(comparison, pdf, PdfOptions.defaults());
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            out.printf(Locale.ROOT, "bench export: %s → %s, %d rows, %.0f KB PDF%n",
                    comparison.left().displayName(), comparison.right().displayName(),
                    comparison.allRows().size(), Files.size(pdf) / 1024.0);
            out.printf(Locale.ROOT, "bench export: warm median %.0f ms, best %.0f ms, worst %.0f ms over %d runs"
                    + " (target < %.0f ms)%n", ms[RUNS / 2], ms[0], ms[RUNS - 1], RUNS, TARGET_MS);
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(dir);
        }
        return ExitCode.OK;
    }
}
