package org.clausewise.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.clausewise.compare.ThreeWayComparer;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.corpus.AppDirs;
import org.clausewise.export.PdfOptions;
import org.clausewise.export.ThreeWayPdf;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;
import org.clausewise.present.ThreeWayPresentation;
import org.clausewise.present.ViewOptions;
import picocli.CommandLine.Command;

/**
 * {@code bench compare3}: the negotiation view's three steps on the bundled triple (65th resolution,
 * 67th draft, 67th adopted text): the three-way comparison (three two-way comparisons and the join),
 * its presentation (redone on every toggle) and the three-column PDF, each its best time over a few
 * warm rounds. A new comparer each round, so no cached words help it.
 */
@Command(name = "compare3", description = "Three-way comparison, presentation and PDF of the bundled triple (ms, warm).")
final class ThreeWayBench extends CliCommand {
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 15;

    @Override
    public Integer call() throws BadInputException, InputException, IOException {
        Path corpus = AppDirs.bundledCorpus();
        if (corpus == null || !Files.isDirectory(corpus)) {
            throw new BadInputException("bench compare3: the bundled corpus was not found (run from the project folder)");
        }
        Resolution previous = ResolutionFiles.read(corpus.resolve("A-RES-65-218.txt"));
        Resolution draft = ResolutionFiles.read(corpus.resolve("A-67-draft-Third-Committee.txt"));
        Resolution adopted = ResolutionFiles.read(corpus.resolve("A-RES-67-169.txt"));
        double compare = Double.MAX_VALUE;
        double present = Double.MAX_VALUE;
        double pdf = Double.MAX_VALUE;
        Path out = Files.createTempFile("clausewise-bench-", ".pdf");
        try {
            ThreeWayComparison c = null;
            for (int r = 0; r < WARM_UP + ROUNDS; r++) {
                long t0 = System.nanoTime();
                c = new ThreeWayComparer().compare(previous, draft, adopted);
                long t1 = System.nanoTime();
                ThreeWayPresentation.of(c, ViewOptions.ALL);
                long t2 = System.nanoTime();
                if (r >= WARM_UP) {
                    compare = Math.min(compare, (t1 - t0) / 1e6);
                    present = Math.min(present, (t2 - t1) / 1e6);
                }
                long t3 = System.nanoTime();
                ThreeWayPdf.write(c, out, PdfOptions.defaults());
                if (r >= WARM_UP) {
                    pdf = Math.min(pdf, (System.nanoTime() - t3) / 1e6);
                }
            }
            out().printf(Locale.ROOT, "bench compare3: %d rows of %s / %s / %s%n", c.allRows().size(),
                    previous.displayName(), draft.displayName(), adopted.displayName());
            out().printf(Locale.ROOT, "bench compare3: warm best %.2f ms to compare, %.2f ms to present,"
                    + " %.1f ms to write the PDF (%d KB)%n", compare, present, pdf, Files.size(out) / 1024);
        } finally {
            Files.deleteIfExists(out);
        }
        return ExitCode.OK;
    }
}
