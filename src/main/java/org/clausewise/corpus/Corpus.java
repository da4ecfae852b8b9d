package org.clausewise.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The texts the app knows, grouped into series, and the files that could not be read. Immutable:
 * adding or removing texts gives a new corpus, so a view can keep the one it is drawing while a
 * load runs in the background.
 */
public final class Corpus {
    private static final Corpus EMPTY = new Corpus(List.of(), List.of());

    private final List<CorpusEntry> entries;
    private final List<LoadFailure> failures;
    private final List<Series> series;
    private final List<TitleChange> titleChanges;
    private final Map<CorpusEntry, Series> seriesByEntry = new IdentityHashMap<>();

    /** Entries keep their order; a second entry for the same file replaces the first. */
    public Corpus(List<CorpusEntry> entries, List<LoadFailure> failures) {
        Map<Path, CorpusEntry> bySource = new LinkedHashMap<>();
        for (CorpusEntry e : entries) {
            bySource.put(key(e.source()), e);
        }
        this.entries = List.copyOf(bySource.values());
        this.failures = List.copyOf(failures);
        SeriesGrouper.Grouping grouping = SeriesGrouper.group(this.entries);
        this.series = grouping.series();
        this.titleChanges = grouping.titleChanges();
        for (Series s : series) {
            for (CorpusEntry e : s.timeline()) {
                seriesByEntry.put(e, s);
            }
        }
    }

    public static Corpus empty() {
        return EMPTY;
    }

    public List<CorpusEntry> entries() {
        return entries;
    }

    public List<LoadFailure> failures() {
        return failures;
    }

    /** Series ordered by title; each a timeline ordered by session, drafts before adopted texts. */
    public List<Series> series() {
        return series;
    }

    /** The renamings the grouping linked (a text citing an earlier one of another title and like it). */
    public List<TitleChange> titleChanges() {
        return titleChanges;
    }

    /** True when the two texts are in different series: comparing them compares two resolutions. */
    public boolean differentSeries(CorpusEntry a, CorpusEntry b) {
        Optional<Series> sa = seriesOf(a);
        Optional<Series> sb = seriesOf(b);
        return sa.isPresent() && sb.isPresent() && sa.get() != sb.get();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * This corpus plus {@code added}: its texts replace texts read from the same file, its failures
     * are added, and an older failure is dropped once the same file has been read.
     */
    public Corpus with(Corpus added) {
        List<CorpusEntry> all = new ArrayList<>(entries);
        all.addAll(added.entries);
        List<LoadFailure> failed = new ArrayList<>();
        for (LoadFailure f : failures) {
            if (added.find(f.source()).isEmpty() && added.failures.stream().noneMatch(g -> sameFile(f.source(), g.source()))) {
                failed.add(f);
            }
        }
        failed.addAll(added.failures);
        return new Corpus(all, failed);
    }

    /** This corpus without the text (or the failure) of this file. */
    public Corpus without(Path source) {
        List<CorpusEntry> kept = new ArrayList<>();
        for (CorpusEntry e : entries) {
            if (!sameFile(e.source(), source)) {
                kept.add(e);
            }
        }
        List<LoadFailure> failed = new ArrayList<>();
        for (LoadFailure f : failures) {
            if (!sameFile(f.source(), source)) {
                failed.add(f);
            }
        }
        return new Corpus(kept, failed);
    }

    /** The text read from this file. */
    public Optional<CorpusEntry> find(Path source) {
        return entries.stream().filter(e -> sameFile(e.source(), source)).findFirst();
    }

    /** The adopted text with this symbol ("A/RES/69/179", any case). */
    public Optional<CorpusEntry> findBySymbol(String symbol) {
        return entries.stream().filter(e -> symbol.equalsIgnoreCase(e.summary().symbol())).findFirst();
    }

    /** The series this text belongs to. */
    public Optional<Series> seriesOf(CorpusEntry entry) {
        Series known = seriesByEntry.get(entry);
        return known != null ? Optional.of(known) : series.stream().filter(s -> s.contains(entry)).findFirst();
    }

    static boolean sameFile(Path a, Path b) {
        return key(a).equals(key(b));
    }

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    @Override
    public String toString() {
        return "Corpus[" + entries.size() + " texts in " + series.size() + " series, " + failures.size() + " failures]";
    }
}
