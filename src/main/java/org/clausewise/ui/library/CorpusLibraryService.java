package org.clausewise.ui.library;

import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.LoadFailure;
import org.clausewise.corpus.Series;
import org.clausewise.corpus.UserLibrary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The library of the window, from package corpus: the bundled corpus plus the user's library
 * file. Only texts that parse are remembered in the user's library, so a bad file leaves it as
 * it was. Called from the one background thread only.
 */
public final class CorpusLibraryService implements LibraryService {
    private final CorpusLoader loader;
    private final Path bundledCorpus;
    private final UserLibrary userLibrary;
    private Corpus corpus = Corpus.empty();

    /** @param bundledCorpus the corpus folder shipped with the app, or null when there is none */
    public CorpusLibraryService(CorpusLoader loader, Path bundledCorpus, UserLibrary userLibrary) {
        this.loader = loader;
        this.bundledCorpus = bundledCorpus;
        this.userLibrary = userLibrary;
    }

    @Override
    public Library load(DoubleConsumer progress) {
        return load(status -> progress.accept(Math.max(0, status.fraction())), () -> false);
    }

    @Override
    public Library load(Consumer<LoadStatus> progress, BooleanSupplier cancelled) {
        List<Path> paths = new ArrayList<>();
        if (bundledCorpus != null) {
            paths.add(bundledCorpus);
        }
        paths.addAll(userLibrary.paths());
        corpus = loader.load(paths, p -> progress.accept(new LoadStatus(p.done(), p.total())), cancelled);
        return toLibrary(corpus);
    }

    @Override
    public AddResult add(List<Path> filesOrFolders) throws IOException {
        Corpus added = loader.load(filesOrFolders);
        List<Path> keep = new ArrayList<>();
        for (Path given : filesOrFolders) {
            Path p = given.toAbsolutePath().normalize();
            boolean anyRead = Files.isDirectory(p)
                    ? added.entries().stream().anyMatch(e -> e.source().toAbsolutePath().normalize().startsWith(p))
                    : added.find(p).isPresent();
            if (anyRead) {
                keep.add(p);
            }
        }
        if (!keep.isEmpty()) {
            userLibrary.add(keep);
        }
        // the failures of this add are reported once in the dialog, not kept in the library
        corpus = corpus.with(new Corpus(added.entries(), List.of()));
        List<String> failures = added.failures().stream().map(CorpusLibraryService::describe).toList();
        if (added.entries().isEmpty() && failures.isEmpty()) {
            failures = List.of("No .pdf, .txt or .md texts found in " + filesOrFolders.get(0).getFileName());
        }
        return new AddResult(toLibrary(corpus), added.entries().size(), failures);
    }

    @Override
    public String problem() {
        return userLibrary.problem();
    }

    @Override
    public Path startAfresh() throws IOException {
        return userLibrary.startAfresh();
    }

    @Override
    public Path listFile() {
        return userLibrary.file();
    }

    /** "notes.txt: not a resolution …", naming the file once even when the parser's message already does. */
    private static String describe(LoadFailure f) {
        String name = String.valueOf(f.source().getFileName());
        return f.message() != null && f.message().contains(name) ? f.message() : name + ": " + f.message();
    }

    static Library toLibrary(Corpus corpus) {
        List<SeriesTimeline> series = new ArrayList<>();
        for (Series s : corpus.series()) {
            List<LibraryEntry> adopted = new ArrayList<>();
            List<LibraryEntry> drafts = new ArrayList<>();
            for (CorpusEntry e : s.timeline()) {
                (e.isDraft() ? drafts : adopted).add(new LibraryEntry(e));
            }
            series.add(new SeriesTimeline(s.title(), adopted, drafts));
        }
        List<String> failures = new ArrayList<>(corpus.failures().stream().map(CorpusLibraryService::describe).toList());
        return new Library(series, failures);
    }
}
