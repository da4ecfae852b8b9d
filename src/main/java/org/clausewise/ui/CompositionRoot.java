package org.clausewise.ui;

import org.clausewise.compare.ResolutionComparer;
import org.clausewise.corpus.AppDirs;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.TextIndex;
import org.clausewise.corpus.UserLibrary;
import org.clausewise.export.ComparisonPdf;
import org.clausewise.export.PdfOptions;
import org.clausewise.model.Comparison;
import org.clausewise.ui.library.PdfWriter;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.ui.background.BackgroundExecutor;
import org.clausewise.ui.library.CorpusLibraryService;
import org.clausewise.ui.settings.SettingsStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

/** The one place where the window's services are made and wired, by hand. */
final class CompositionRoot {
    private CompositionRoot() {
    }

    /**
     * The real services: parser, corpus loader over the bundled corpus and user library (through the
     * index of parsed texts in the user's cache folder), compare engine, PDF.
     */
    static AppServices create(BackgroundExecutor executor) {
        Path config = AppDirs.configDir();
        ResolutionComparer comparer = new ResolutionComparer();
        return new AppServices(
                new CorpusLibraryService(CorpusLoader.withIndex(TextIndex.openDefault()), AppDirs.bundledCorpus(),
                        new UserLibrary(config.resolve("library.txt"))),
                ResolutionFiles::read,
                comparer::compare,
                new PdfWriter() {
                    @Override
                    public void write(Comparison c, Path out, PdfOptions options) throws IOException {
                        ComparisonPdf.write(c, out, options);
                    }

                    @Override
                    public void write(Comparison c, Path out, PdfOptions options, Collection<Path> inputs)
                            throws IOException {
                        ComparisonPdf.write(c, out, options, inputs);
                    }
                },
                executor,
                new SettingsStore(config));
    }
}
