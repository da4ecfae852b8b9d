package org.clausewise.ui.library;

import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.Duplicates;
import org.clausewise.corpus.LibraryChoices;
import org.clausewise.corpus.LoadFailure;
import org.clausewise.corpus.MissingFile;
import org.clausewise.corpus.Series;
import org.clausewise.corpus.TextOrigin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes what the sidebar shows out of what was read: leaves out the texts the user removed (hidden
 * bundled texts, single files of an added folder) and the copies a duplicate choice set aside,
 * groups the rest into series again, and tells each text where it comes from and where its
 * other copies are. Plain data, tested without a window.
 */
final class LibraryShaper {
    private final Path bundled;
    private final List<Path> listed;
    private final LibraryChoices choices;

    /**
     * @param bundled the bundled corpus folder, or null
     * @param listed  the files and folders of the user's library
     * @param choices what the user chose about texts (hidden, duplicates)
     */
    LibraryShaper(Path bundled, List<Path> listed, LibraryChoices choices) {
        this.bundled = bundled;
        this.listed = List.copyOf(listed);
        this.choices = choices;
    }

    Library shape(Corpus corpus, List<MissingFile> missing) {
        Set<Path> hidden = choices.hidden();
        List<CorpusEntry> shown = new ArrayList<>();
        for (CorpusEntry e : corpus.entries()) {
            if (!hidden.contains(e.source().toAbsolutePath().normalize())) {
                shown.add(e);
            }
        }
        Map<CorpusEntry, DuplicateNote> notes = new IdentityHashMap<>();
        List<CorpusEntry> setAside = new ArrayList<>();
        Map<String, List<CorpusEntry>> undecided = new java.util.LinkedHashMap<>();
        for (Duplicates.Group g : Duplicates.find(shown)) {
            Optional<CorpusEntry> used = choices.used(g.key()).flatMap(p -> g.entries().stream()
                    .filter(e -> e.source().toAbsolutePath().normalize().equals(p)).findFirst());
            for (CorpusEntry e : g.entries()) {
                List<Path> others = g.entries().stream().filter(o -> o != e).map(CorpusEntry::source).toList();
                DuplicateNote.Decision d;
                if (used.isPresent()) {
                    d = DuplicateNote.Decision.USED;
                    if (used.get() != e) {
                        setAside.add(e);
                    }
                } else if (choices.keepsBoth(g.key())) {
                    d = DuplicateNote.Decision.KEEP_BOTH;
                } else {
                    d = DuplicateNote.Decision.UNDECIDED;
                    undecided.computeIfAbsent(g.key(), k -> new ArrayList<>()).add(e);
                }
                notes.put(e, new DuplicateNote(g.key(), others, d));
            }
        }
        Corpus visible = corpus;
        if (shown.size() < corpus.entries().size() || !setAside.isEmpty()) {
            Set<CorpusEntry> aside = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            aside.addAll(setAside);
            // grouped again without them: a hidden text must not hold a series together
            visible = new Corpus(shown.stream().filter(e -> !aside.contains(e)).toList(), corpus.failures());
        }
        Map<CorpusEntry, LibraryEntry> made = new IdentityHashMap<>();
        List<SeriesTimeline> series = new ArrayList<>();
        for (Series s : visible.series()) {
            List<LibraryEntry> adopted = new ArrayList<>();
            List<LibraryEntry> drafts = new ArrayList<>();
            for (CorpusEntry e : s.timeline()) {
                LibraryEntry entry = made.computeIfAbsent(e, x -> new LibraryEntry(x, origin(x), notes.get(x)));
                (e.isDraft() ? drafts : adopted).add(entry);
            }
            series.add(new SeriesTimeline(s.title(), adopted, drafts));
        }
        List<Library.DuplicateSet> waiting = new ArrayList<>();
        undecided.forEach((key, copies) -> waiting.add(new Library.DuplicateSet(key,
                copies.stream().map(made::get).filter(java.util.Objects::nonNull).toList())));
        waiting.removeIf(d -> d.copies().size() < 2);
        return new Library(series, visible.failures().stream().map(LibraryShaper::describe).toList(), missing, waiting);
    }

    TextOrigin origin(CorpusEntry e) {
        return TextOrigin.of(e.source(), bundled, listed);
    }

    /** "notes.txt: not a resolution …", naming the file once even when the parser's message already does. */
    static String describe(LoadFailure f) {
        String name = String.valueOf(f.source().getFileName());
        return f.message() != null && f.message().contains(name) ? f.message() : name + ": " + f.message();
    }
}
