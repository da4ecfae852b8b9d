package org.clausewise.ui.library;

import org.clausewise.corpus.MissingFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the sidebar shows: the series timelines of the bundled corpus and the user's texts,
 * the texts that could not be read (one line each, for the status bar), the files and folders of
 * the user's library that are not where they were ({@code missing}, listed greyed until located or
 * removed), and the texts found more than once that wait for the user's choice.
 */
public record Library(List<SeriesTimeline> series, List<String> failures, List<MissingFile> missing,
                      List<DuplicateSet> undecided) {
    public Library {
        series = List.copyOf(series);
        failures = List.copyOf(failures);
        missing = List.copyOf(missing);
        undecided = List.copyOf(undecided);
    }

    public Library(List<SeriesTimeline> series, List<String> failures) {
        this(series, failures, List.of(), List.of());
    }

    public static Library empty() {
        return new Library(List.of(), List.of());
    }

    /**
     * A text in the library more than once that the user has not chosen about yet: its copies, each
     * a row of the sidebar that names its folder.
     */
    public record DuplicateSet(String key, List<LibraryEntry> copies) {
        public DuplicateSet {
            copies = List.copyOf(copies);
        }

        /** "A/RES/79/175". */
        public String name() {
            return copies.get(0).displayName();
        }
    }

    public List<LibraryEntry> entries() {
        List<LibraryEntry> all = new ArrayList<>();
        for (SeriesTimeline s : series) {
            all.addAll(s.adopted());
            all.addAll(s.drafts());
        }
        return all;
    }

    /** The entry read from {@code source}, compared as absolute normalised paths. */
    public Optional<LibraryEntry> find(Path source) {
        if (source == null) {
            return Optional.empty();
        }
        Path wanted = source.toAbsolutePath().normalize();
        return entries().stream()
                .filter(e -> e.source().toAbsolutePath().normalize().equals(wanted))
                .findFirst();
    }

    /**
     * A sensible first comparison: in the first series with adopted texts of two sessions, its
     * newest adopted text and the newest adopted text of an earlier session, oldest first.
     */
    public Optional<List<LibraryEntry>> newestPair() {
        for (SeriesTimeline s : series) {
            List<LibraryEntry> adopted = s.adopted();
            if (adopted.isEmpty()) {
                continue;
            }
            LibraryEntry newest = adopted.get(adopted.size() - 1);
            for (int i = adopted.size() - 2; i >= 0; i--) {
                Integer a = adopted.get(i).summary().session();
                if (a != null && !a.equals(newest.summary().session())) {
                    return Optional.of(List.of(adopted.get(i), newest));
                }
            }
        }
        return Optional.empty();
    }

    /** How many texts the library holds. */
    public int textCount() {
        return series.stream().mapToInt(s -> s.adopted().size() + s.drafts().size()).sum();
    }

    /** The series the text is in. */
    public Optional<SeriesTimeline> seriesOf(LibraryEntry entry) {
        if (entry == null) {
            return Optional.empty();
        }
        for (SeriesTimeline s : series) {
            if (s.adopted().contains(entry) || s.drafts().contains(entry)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** True when both texts are in the library, in two different series: not two versions of one resolution. */
    public boolean differentSeries(LibraryEntry a, LibraryEntry b) {
        Optional<SeriesTimeline> sa = seriesOf(a);
        Optional<SeriesTimeline> sb = seriesOf(b);
        return sa.isPresent() && sb.isPresent() && sa.get() != sb.get();
    }

    /** The first entry whose file name is {@code fileName}, e.g. "A-RES-69-179.txt". */
    public Optional<LibraryEntry> findByFileName(String fileName) {
        return entries().stream().filter(e -> e.source().getFileName().toString().equals(fileName)).findFirst();
    }
}
