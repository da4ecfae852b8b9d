package org.clausewise.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;

/**
 * Reads files and folders into a {@link Corpus}. A folder contributes its .pdf, .txt and .md files (not
 * its sub-folders). Files are parsed in parallel; a file that cannot be read becomes a
 * {@link LoadFailure} and costs nothing else.
 */
public final class CorpusLoader {
    private final ResolutionReader reader;
    private final Predicate<Path> isCandidate;

    public CorpusLoader() {
        this(ResolutionReader.parser(), ResolutionFiles::isCandidate);
    }

    public CorpusLoader(ResolutionReader reader, Predicate<Path> isCandidate) {
        this.reader = reader;
        this.isCandidate = isCandidate;
    }

    /**
     * Loads the files and folders given, in that order. {@code progress} hears once before the
     * first file and once after each; calls come from worker threads but never overlap.
     */
    public Corpus load(List<Path> filesOrFolders, Consumer<LoadProgress> progress) {
        List<LoadFailure> failures = new ArrayList<>();
        List<Path> files = expand(filesOrFolders, failures);
        progress.accept(new LoadProgress(0, files.size(), null));
        List<Outcome> outcomes = readAll(files, progress);
        List<CorpusEntry> entries = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.resolution != null) {
                entries.add(new CorpusEntry(o.file, o.resolution));
            } else {
                failures.add(new LoadFailure(o.file, o.message));
            }
        }
        return new Corpus(entries, failures);
    }

    /** Loads without reporting progress. */
    public Corpus load(List<Path> filesOrFolders) {
        return load(filesOrFolders, p -> { });
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

    private List<Outcome> readAll(List<Path> files, Consumer<LoadProgress> progress) {
        if (files.isEmpty()) {
            return List.of();
        }
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "clausewise-load");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        Object progressLock = new Object();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> {
                    Outcome o = readOne(file);
                    synchronized (progressLock) {
                        progress.accept(new LoadProgress(done.incrementAndGet(), files.size(), file));
                    }
                    return o;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                outcomes.add(await(futures.get(i), files.get(i)));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome readOne(Path file) {
        try {
            Resolution r = reader.read(file);
            if (r == null) {
                return new Outcome(file, null, "the text could not be read");
            }
            return new Outcome(file, r, null);
        } catch (InputException e) {
            return new Outcome(file, null, oneLine(e.getMessage(), "the text could not be read"));
        } catch (IOException e) {
            return new Outcome(file, null, "the file could not be read");
        } catch (Exception | StackOverflowError e) {
            // A parser bug must not cost the other files; the user still gets a line, not a trace.
            return new Outcome(file, null, "the text could not be read (" + oneLine(e.getMessage(), e.getClass().getSimpleName()) + ")");
        }
    }

    private static Outcome await(Future<Outcome> future, Path file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(file, null, "loading was interrupted");
        } catch (ExecutionException e) {
            return new Outcome(file, null, "the text could not be read");
        }
    }

    private static String oneLine(String message, String fallback) {
        if (message == null || message.isBlank()) {
            return fallback;
        }
        return message.lines().findFirst().orElse(fallback).strip();
    }

    private record Outcome(Path file, Resolution resolution, String message) {
    }
}
