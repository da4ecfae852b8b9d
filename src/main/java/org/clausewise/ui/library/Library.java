package org.clausewise.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the sidebar shows: the series timelines of the bundled corpus and the user's texts,
 * and the texts that could not be read (one line each, for the status bar).
 */
public record Library(List<SeriesTimeline> series, List<String> failures) {
    public Library {
        series = List.copyOf(series);
        failures = List.copyOf(failures);
    }

    public static Library empty() {
        return new Library(List.of(), List.of());
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

    /** The last two adopted texts of the first series that has two, oldest first: a sensible first comparison. */
    public Optional<List<LibraryEntry>> newestPair() {
        for (SeriesTimeline s : series) {
            List<LibraryEntry> adopted = s.adopted();
            if (adopted.size() >= 2) {
                return Optional.of(List.of(adopted.get(adopted.size() - 2), adopted.get(adopted.size() - 1)));
            }
        }
        return Optional.empty();
    }

    /** The first entry whose file name is {@code fileName}, e.g. "A-RES-69-179.txt". */
    public Optional<LibraryEntry> findByFileName(String fileName) {
        return entries().stream().filter(e -> e.source().getFileName().toString().equals(fileName)).findFirst();
    }
}
