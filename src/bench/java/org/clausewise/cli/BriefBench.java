package org.clausewise.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clausewise.brief.BriefProgress;
import org.clausewise.brief.SessionBriefBuilder;
import org.clausewise.corpus.AppDirs;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.TextIndex;
import org.clausewise.export.SessionBriefPdf;
import org.clausewise.lineage.TextComparer;
import org.clausewise.present.SessionBrief;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench brief [FOLDERS...] [--session N]}: the time to make a session brief — reading the
 * texts (through the index, so a second run parses nothing), comparing each resolution with its
 * series' previous text, and drawing the PDF. By default the bundled corpus and its newest session.
 */
@Command(name = "brief", description = "Time to make a session brief: read, compare, draw the PDF (ms).",
        footer = {"", "Example:", "  clausewise bench brief ../shared/pdf/78 ../shared/pdf/79 --session 79"})
final class BriefBench extends CliCommand {
    @Parameters(arity = "0..*", paramLabel = "FOLDERS", description = "Texts to read (default: the bundled corpus).")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--session", paramLabel = "N", description = "The session (default: the newest).")
    Integer session;

    @Override
    public Integer call() throws BadInputException, IOException {
        List<Path> inputs = folders;
        if (inputs.isEmpty()) {
            Path bundled = AppDirs.bundledCorpus();
            if (bundled == null) {
                throw new BadInputException("bench brief: the bundled corpus folder was not found");
            }
            inputs = List.of(bundled);
        }
        long t0 = System.nanoTime();
        Corpus corpus = CorpusLoader.withIndex(TextIndex.openDefault()).load(inputs);
        long t1 = System.nanoTime();
        int n = session != null ? session : corpus.entries().stream().map(e -> e.summary().session())
                .filter(java.util.Objects::nonNull).max(Integer::compare).orElseThrow(
                        () -> new BadInputException("bench brief: no text with a session"));
        SessionBrief brief = new SessionBriefBuilder(TextComparer.engine()).build(corpus, n, BriefProgress.NONE);
        long t2 = System.nanoTime();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        SessionBriefPdf.write(brief, pdf);
        long t3 = System.nanoTime();
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            pages = doc.getNumberOfPages();
        }
        out().println(String.format(Locale.ROOT,
                "bench brief: session %d, %d texts read, %d resolutions (%d compared): read %.0f ms, compare %.0f ms,"
                        + " PDF %.0f ms (%d pages, %d KB); total %.0f ms",
                n, corpus.entries().size(), brief.lines().size(), brief.withPrevious(), (t1 - t0) / 1e6,
                (t2 - t1) / 1e6, (t3 - t2) / 1e6, pages, pdf.size() / 1024, (t3 - t0) / 1e6));
        return ExitCode.OK;
    }
}
