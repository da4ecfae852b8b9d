package org.clausewise.ui.library;

import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.LibraryChoices;
import org.clausewise.corpus.MissingFile;
import org.clausewise.corpus.MissingFiles;
import org.clausewise.corpus.UserLibrary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The library of the window, from package corpus: the bundled corpus plus the user's library
 * file, less what the user removed, with duplicates told apart or merged as they chose. Only
 * texts that parse are remembered in the user's library, so a bad file leaves it as it was. A
 * listed file or folder that is not there is reported as missing, with the reason, and kept in
 * the list. Called from background threads: loading on its own, the rest on the other.
 */
public final class CorpusLibraryService implements LibraryService {
    /** How often, at most, the sidebar is given the texts read so far during a long load. */
    static final long PARTIAL_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final CorpusLoader loader;
    private final Path bundledCorpus;
    private final UserLibrary userLibrary;
    private final LibraryChoices choices;
    private volatile Corpus corpus = Corpus.empty();
    private volatile List<MissingFile> missing = List.of();

    /** @param bundledCorpus the corpus folder shipped with the app, or null when there is none */
    public CorpusLibraryService(CorpusLoader loader, Path bundledCorpus, UserLibrary userLibrary) {
        this(loader, bundledCorpus, userLibrary,
                new LibraryChoices(userLibrary.file().resolveSibling("library-choices.txt")));
    }

    public CorpusLibraryService(CorpusLoader loader, Path bundledCorpus, UserLibrary userLibrary,
                                LibraryChoices choices) {
        this.loader = loader;
        this.bundledCorpus = bundledCorpus;
        this.userLibrary = userLibrary;
        this.choices = choices;
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
        List<MissingFile> gone = new ArrayList<>();
        for (Path p : userLibrary.paths()) {
            String reason = MissingFiles.reason(p);
            if (reason == null) {
                paths.add(p);
            } else {
                gone.add(new MissingFile(p, reason, looksLikeFolder(p)));
            }
        }
        missing = List.copyOf(gone);
        LibraryShaper shaper = shaper();
        List<CorpusEntry> soFar = new ArrayList<>();
        long[] nextPartial = {System.nanoTime()}; // the first partial goes at once; compared by difference (nanoTime may be negative)
        corpus = loader.load(paths, p -> {
            Library partial = null;
            if (p.done() < p.total() && !soFar.isEmpty() && System.nanoTime() - nextPartial[0] >= 0) {
                long start = System.nanoTime();
                partial = shaper.shape(new Corpus(List.copyOf(soFar), List.of()), missing);
                // grouping grows with the library: never let it take more than a fifth of the load
                long cost = System.nanoTime() - start;
                nextPartial[0] = System.nanoTime() + Math.max(PARTIAL_EVERY_NANOS, 4 * cost);
            }
            progress.accept(new LoadStatus(p.done(), p.total(), partial));
        }, cancelled, soFar::add);
        return shaper.shape(corpus, missing);
    }

    /** A listed path that is gone: a folder if it has no text file's extension. */
    private static boolean looksLikeFolder(Path p) {
        String name = String.valueOf(p.getFileName()).toLowerCase(java.util.Locale.ROOT);
        return !(name.endsWith(".pdf") || name.endsWith(".txt") || name.endsWith(".md"));
    }

    private LibraryShaper shaper() {
        return new LibraryShaper(bundledCorpus, userLibrary.paths(), choices);
    }

    private Library library() {
        return shaper().shape(corpus, missing);
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
            // a text the user hid and now adds again is wanted back
            choices.unhide(added.entries().stream().map(CorpusEntry::source).filter(choices::isHidden).toList());
        }
        // the failures of this add are reported once in the dialog, not kept in the library
        corpus = corpus.with(new Corpus(added.entries(), List.of()));
        List<String> failures = added.failures().stream().map(LibraryShaper::describe).toList();
        if (added.entries().isEmpty() && failures.isEmpty()) {
            failures = List.of("No .pdf, .txt or .md texts found in " + filesOrFolders.get(0).getFileName());
        }
        return new AddResult(library(), added.entries().size(), failures);
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

    @Override
    public String choicesProblem() {
        return choices.problem();
    }

    @Override
    public Path startChoicesAfresh() throws IOException {
        return choices.startAfresh();
    }

    @Override
    public Path choicesFile() {
        return choices.file();
    }

    @Override
    public Removal remove(List<LibraryEntry> texts) throws IOException {
        Map<Path, Integer> unlisted = new LinkedHashMap<>();
        List<Path> hidden = new ArrayList<>();
        for (LibraryEntry t : texts) {
            Path p = t.source().toAbsolutePath().normalize();
            int at = userLibrary.indexOf(p);
            if (at >= 0) {
                unlisted.put(p, at);
            } else {
                hidden.add(p);
            }
        }
        // the list from the end, so each position stays right for the undo
        for (Path p : unlisted.keySet().stream().sorted((a, b) -> unlisted.get(b) - unlisted.get(a)).toList()) {
            userLibrary.remove(p);
        }
        choices.hide(hidden);
        Corpus left = corpus;
        for (LibraryEntry t : texts) {
            left = left.without(t.source());
        }
        corpus = left;
        String what = texts.size() == 1 ? texts.get(0).displayName() : texts.size() + " texts";
        return new Removal(library(), "Removed " + what + " from the library; "
                + (texts.size() == 1 ? "the file stays" : "the files stay") + " on disk.",
                new Removal.Undo(unlisted, hidden));
    }

    @Override
    public Removal removeFolder(Path folder) throws IOException {
        Path f = folder.toAbsolutePath().normalize();
        int at = userLibrary.indexOf(f);
        if (at < 0) {
            throw new IOException(f.getFileName() + " is not a folder of your library");
        }
        userLibrary.remove(f);
        List<Path> listed = userLibrary.paths();
        Corpus left = corpus;
        int count = 0;
        for (CorpusEntry e : corpus.entries()) {
            Path p = e.source().toAbsolutePath().normalize();
            boolean stillListed = listed.stream().anyMatch(p::startsWith);
            if (p.startsWith(f) && !stillListed) {
                left = left.without(e.source());
                count++;
            }
        }
        corpus = left;
        return new Removal(library(), "Removed the folder \u201C" + f.getFileName() + "\u201D (" + count
                + (count == 1 ? " text" : " texts") + ") from the library; its files stay on disk.",
                new Removal.Undo(Map.of(f, at), List.of()));
    }

    @Override
    public Removal removeMissing(MissingFile gone) throws IOException {
        int at = userLibrary.indexOf(gone.path());
        userLibrary.remove(gone.path());
        missing = missing.stream().filter(m -> !m.path().equals(gone.path())).toList();
        return new Removal(library(), "Removed " + gone.name() + " from the library.",
                new Removal.Undo(at < 0 ? Map.of() : Map.of(gone.path(), at), List.of()));
    }

    @Override
    public Library undo(Removal.Undo undo) throws IOException {
        List<Map.Entry<Path, Integer>> back = new ArrayList<>(undo.listed().entrySet());
        back.sort(Map.Entry.comparingByValue());
        List<Path> toRead = new ArrayList<>();
        List<MissingFile> stillGone = new ArrayList<>(missing);
        for (Map.Entry<Path, Integer> e : back) {
            userLibrary.insert(e.getValue(), e.getKey());
            String reason = MissingFiles.reason(e.getKey());
            if (reason == null) {
                toRead.add(e.getKey());
            } else {
                stillGone.add(new MissingFile(e.getKey(), reason, looksLikeFolder(e.getKey())));
            }
        }
        choices.unhide(undo.hidden());
        toRead.addAll(undo.hidden());
        missing = List.copyOf(stillGone);
        if (!toRead.isEmpty()) {
            corpus = corpus.with(loader.load(toRead));
        }
        return library();
    }

    @Override
    public Library locate(MissingFile gone, Path found) throws IOException {
        Path now = found.toAbsolutePath().normalize();
        String reason = MissingFiles.reason(now);
        if (reason != null) {
            throw new IOException(now.getFileName() + " cannot be read either (" + reason + ")");
        }
        if (!userLibrary.relocate(gone.path(), now)) {
            userLibrary.add(List.of(now));
        }
        missing = missing.stream().filter(m -> !m.path().equals(gone.path())).toList();
        corpus = corpus.with(loader.load(List.of(now)));
        return library();
    }

    @Override
    public Library keepAll(String duplicateKey) throws IOException {
        choices.keepBoth(duplicateKey);
        return library();
    }

    @Override
    public Library useOnly(String duplicateKey, LibraryEntry chosen) throws IOException {
        choices.use(duplicateKey, chosen.source());
        return library();
    }

    @Override
    public Library undecide(String duplicateKey) throws IOException {
        choices.undecide(duplicateKey);
        return library();
    }

    @Override
    public String indexProblem() {
        return loader.index() == null ? null : loader.index().problem();
    }

    /** The user's list of files and folders. */
    public UserLibrary userLibrary() {
        return userLibrary;
    }
}
