package org.clausewise.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;

/**
 * Reads files and folders into a {@link Corpus}. A folder contributes its .pdf, .txt and .md
 * files (not its sub-folders). With a {@link TextIndex}, a file read before and unchanged since (same path, size
 * and modification time) costs nothing but a look at its size and date; others are parsed in
 * parallel, each within a time limit, and added to the index. A file that cannot be read, or takes
 * longer than the limit, becomes a {@link LoadFailure} and costs nothing else.
 */
public final class CorpusLoader {
    /** Per file; {@code -Dclausewise.readTimeLimit=SECONDS} changes it. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    private final ResolutionReader reader;
    private final Predicate<Path> isCandidate;
    private final TextIndex index;
    private final Duration timeLimit;
    private final RecentTexts recent = new RecentTexts();

    /** Parses everything it loads and holds it in memory (no index): for one-off commands and tests. */
    public CorpusLoader() {
        this(ResolutionReader.parser(), ResolutionFiles::isCandidate);
    }

    public CorpusLoader(ResolutionReader reader, Predicate<Path> isCandidate) {
        this(reader, isCandidate, null, configuredTimeLimit());
    }

    /** @param index where parsed texts are kept between runs, or null to hold them in memory */
    public CorpusLoader(ResolutionReader reader, Predicate<Path> isCandidate, TextIndex index, Duration timeLimit) {
        this.reader = reader;
        this.isCandidate = isCandidate;
        this.index = index;
        this.timeLimit = timeLimit;
    }

    /** The parser, with the given index. */
    public static CorpusLoader withIndex(TextIndex index) {
        return new CorpusLoader(ResolutionReader.parser(), ResolutionFiles::isCandidate, index, configuredTimeLimit());
    }

    /** The index this loader keeps texts in, or null. */
    public TextIndex index() {
        return index;
    }

    static Duration configuredTimeLimit() {
        try {
            double seconds = Double.parseDouble(System.getProperty("clausewise.readTimeLimit", ""));
            if (seconds > 0 && seconds < 1e6) {
                return Duration.ofMillis((long) (seconds * 1000));
            }
        } catch (NumberFormatException e) {
            // not set, or not a number: the default
        }
        return DEFAULT_TIME_LIMIT;
    }

    /** Loads without reporting progress. */
    public Corpus load(List<Path> filesOrFolders) {
        return load(filesOrFolders, p -> { });
    }

    public Corpus load(List<Path> filesOrFolders, Consumer<LoadProgress> progress) {
        return load(filesOrFolders, progress, () -> false);
    }

    /**
     * Loads the files and folders given, in that order. {@code progress} hears once before the
     * first file and once after each (from the calling thread). When {@code cancelled} turns true
     * the load stops soon after and returns the texts read so far.
     */
    public Corpus load(List<Path> filesOrFolders, Consumer<LoadProgress> progress, BooleanSupplier cancelled) {
        return load(filesOrFolders, progress, cancelled, text -> { });
    }

    /**
     * As {@link #load(List, Consumer, BooleanSupplier)}, telling {@code eachText} of every text as soon
     * as it is known (those from the index first, then each one read), from the calling thread: the
     * window fills its sidebar while a first import runs.
     */
    public Corpus load(List<Path> filesOrFolders, Consumer<LoadProgress> progress, BooleanSupplier cancelled,
                       Consumer<CorpusEntry> eachText) {
        List<LoadFailure> failures = new ArrayList<>();
        List<Path> files = expand(filesOrFolders, failures);
        CorpusEntry[] entries = new CorpusEntry[files.size()];
        LoadFailure[] failed = new LoadFailure[files.size()];
        List<Integer> toRead = new ArrayList<>();
        int done = 0;
        for (int i = 0; i < files.size(); i++) {
            if (!fromIndex(files.get(i), i, entries, failed)) {
                toRead.add(i);
            } else {
                done++;
            }
        }
        for (CorpusEntry known : entries) {
            if (known != null) {
                eachText.accept(known);
            }
        }
        progress.accept(new LoadProgress(done, files.size(), null));
        int[] count = {done};
        List<Callable<Outcome>> jobs = toRead.stream().map(i -> (Callable<Outcome>) () -> readOne(files.get(i))).toList();
        new TimeLimitedReads(Runtime.getRuntime().availableProcessors(), timeLimit).runAll(jobs, cancelled, (job, result) -> {
            int i = toRead.get(job);
            Path file = files.get(i);
            if (result instanceof TimeLimitedReads.Done<Outcome> d) {
                if (d.value().entry() != null) {
                    entries[i] = d.value().entry();
                    eachText.accept(entries[i]);
                } else {
                    failed[i] = new LoadFailure(file, d.value().message());
                }
            } else if (result instanceof TimeLimitedReads.TooSlow<Outcome>) {
                failed[i] = new LoadFailure(file, "skipped: took too long (over " + seconds(timeLimit) + ")");
            } else if (result instanceof TimeLimitedReads.Failed<Outcome> f) {
                failed[i] = new LoadFailure(file, "the text could not be read (" + oneLine(f.error().getMessage(),
                        f.error().getClass().getSimpleName()) + ")");
            } else if (result instanceof TimeLimitedReads.NotRun<Outcome> n && !cancelled.getAsBoolean()) {
                failed[i] = new LoadFailure(file, n.reason());
            }
            progress.accept(new LoadProgress(++count[0], files.size(), file));
        });
        if (index != null) {
            index.commit();
        }
        List<CorpusEntry> read = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (entries[i] != null) {
                read.add(entries[i]);
            } else if (failed[i] != null) {
                failures.add(failed[i]);
            }
        }
        return new Corpus(read, failures);
    }

    /** Takes the file from the index when it is unchanged since it was indexed; false when it must be read. */
    private boolean fromIndex(Path file, int i, CorpusEntry[] entries, LoadFailure[] failed) {
        if (index == null) {
            return false;
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            return false;
        }
        String key = file.toString();
        long size = attrs.size();
        long modified = attrs.lastModifiedTime().toMillis();
        TextIndex.IndexedText known = index.known(key, size, modified);
        if (known != null) {
            entries[i] = indexedEntry(file, known);
            return true;
        }
        String failure = index.knownFailure(key, size, modified);
        if (failure != null) {
            failed[i] = new LoadFailure(file, failure);
            return true;
        }
        return false;
    }

    private CorpusEntry indexedEntry(Path file, TextIndex.IndexedText t) {
        return CorpusEntry.indexed(file, t.summary(), () -> recent.get(file.toString(), () -> readWhole(file, t)),
                t.hash(), t.read() > 0 ? java.time.Instant.ofEpochMilli(t.read()) : null);
    }

    /** The whole text of an indexed file: from the index, else parsed again (a damaged cache is not trusted). */
    private Resolution readWhole(Path file, TextIndex.IndexedText t) {
        try {
            return index.read(t);
        } catch (Exception e) {
            try {
                return reader.read(file);
            } catch (Exception | StackOverflowError again) {
                throw new TextUnavailableException(file.getFileName() + " could not be opened: "
                        + oneLine(again.getMessage(), again.getClass().getSimpleName()), again);
            }
        }
    }

    /** Files to read, each once, in the order given; folders listed by file name. */
    private List<Path> expand(List<Path> filesOrFolders, List<LoadFailure> failures) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path given : filesOrFolders) {
            Path p = given.toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                List<Path> inside = listCandidates(p, failures);
                if (inside != null && inside.isEmpty()) {
                    failures.add(new LoadFailure(p, "the folder holds no .pdf, .txt or .md texts"));
                }
                if (inside != null) {
                    files.addAll(inside);
                }
            } else if (!Files.exists(p)) {
                failures.add(new LoadFailure(p, "file not found"));
            } else {
                files.add(p);
            }
        }
        return new ArrayList<>(files);
    }

    private List<Path> listCandidates(Path folder, List<LoadFailure> failures) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile)
                    .filter(f -> !isHiddenOrNotes(f))
                    .filter(isCandidate)
                    .sorted()
                    .toList();
        } catch (IOException | SecurityException e) {
            failures.add(new LoadFailure(folder, "the folder could not be read"));
            return null;
        }
    }

    /**
     * A folder of texts often carries its own notes (the bundled corpus has SOURCES.md): hidden
     * files and README / SOURCES / LICENSE / CHANGELOG files are not texts. A user who names such a
     * file explicitly still gets it read.
     */
    public static boolean isHiddenOrNotes(Path file) {
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        return name.startsWith(".") || NOTES.contains(stem.toUpperCase(java.util.Locale.ROOT));
    }

    private static final Set<String> NOTES = Set.of("README", "SOURCES", "LICENSE", "CHANGELOG", "NOTICE");

    /** Reads one file: by its content from the index when known, else by parsing it. Runs on a worker thread. */
    private Outcome readOne(Path file) {
        try {
            if (index == null) {
                Resolution r = reader.read(file);
                return r == null ? new Outcome(null, "the text could not be read") : new Outcome(new CorpusEntry(file, r), null);
            }
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            long size = attrs.size();
            long modified = attrs.lastModifiedTime().toMillis();
            String key = file.toString();
            String hash = ContentHash.of(file);
            TextIndex.IndexedText same = index.knownContent(hash);
            if (same != null) {
                return new Outcome(indexedEntry(file, index.sameContent(key, size, modified, same)), null);
            }
            Resolution r;
            try {
                r = reader.read(file);
            } catch (InputException e) {
                String message = oneLine(e.getMessage(), "the text could not be read");
                index.failed(key, size, modified, message);
                return new Outcome(null, message);
            }
            if (r == null) {
                return new Outcome(null, "the text could not be read");
            }
            TextSummary summary = TextSummary.of(r);
            return new Outcome(indexedEntry(file, index.add(key, size, modified, hash, r, summary)), null);
        } catch (InputException e) {
            return new Outcome(null, oneLine(e.getMessage(), "the text could not be read"));
        } catch (IOException e) {
            return new Outcome(null, "the file could not be read");
        } catch (Exception | StackOverflowError e) {
            // A parser bug must not cost the other files; the user still gets a line, not a trace.
            return new Outcome(null, "the text could not be read (" + oneLine(e.getMessage(), e.getClass().getSimpleName()) + ")");
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String oneLine(String message, String fallback) {
        if (message == null || message.isBlank()) {
            return fallback;
        }
        return message.lines().findFirst().orElse(fallback).strip();
    }

    private record Outcome(CorpusEntry entry, String message) {
    }
}
