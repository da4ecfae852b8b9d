package org.clausewise.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files and folders the user added (File → Open, drag and drop), kept between runs in
 * {@code library.txt} in the config folder, one absolute path per line. The list is only paths:
 * a file that has gone missing by the next start is reported when the corpus loads (a
 * {@link LoadFailure}), and stays listed until the user removes it, in case its drive comes back.
 */
public final class UserLibrary {
    private final Path file;
    private final Set<Path> paths = new LinkedHashSet<>();

    /** Reads the list in {@code file}; a missing file is an empty library, unreadable lines are skipped. */
    public UserLibrary(Path file) {
        this.file = file;
        paths.addAll(readList(file));
    }

    /** The library of {@link AppDirs#configDir()}. */
    public static UserLibrary openDefault() {
        return new UserLibrary(AppDirs.configDir().resolve("library.txt"));
    }

    public Path file() {
        return file;
    }

    /** The paths in the order they were added. */
    public synchronized List<Path> paths() {
        return List.copyOf(paths);
    }

    public synchronized boolean contains(Path path) {
        return paths.contains(normal(path));
    }

    /** Adds paths not yet listed and saves; returns whether anything changed. */
    public synchronized boolean add(Collection<Path> added) throws IOException {
        List<Path> before = List.copyOf(paths);
        for (Path p : added) {
            paths.add(normal(p));
        }
        return saveIfChanged(before);
    }

    /** Where the path is in the list (0 for the first), or -1 when it is not listed. */
    public synchronized int indexOf(Path path) {
        return new ArrayList<>(paths).indexOf(normal(path));
    }

    /** Lists a path again at the place it had (undoing a removal), or last; returns whether anything changed. */
    public synchronized boolean insert(int position, Path path) throws IOException {
        Path p = normal(path);
        if (paths.contains(p)) {
            return false;
        }
        List<Path> before = List.copyOf(paths);
        List<Path> list = new ArrayList<>(paths);
        list.add(Math.max(0, Math.min(position, list.size())), p);
        paths.clear();
        paths.addAll(list);
        return saveIfChanged(before);
    }

    /**
     * Points a listed file or folder that moved to where it is now, keeping its place in the list
     * (Locate… in the window); returns false when {@code old} is not listed. When {@code now} is
     * listed already, the old line simply goes.
     */
    public synchronized boolean relocate(Path old, Path now) throws IOException {
        Path from = normal(old);
        Path to = normal(now);
        if (!paths.contains(from)) {
            return false;
        }
        List<Path> before = List.copyOf(paths);
        List<Path> list = new ArrayList<>();
        for (Path p : paths) {
            if (p.equals(from)) {
                if (!paths.contains(to)) {
                    list.add(to);
                }
            } else {
                list.add(p);
            }
        }
        paths.clear();
        paths.addAll(list);
        saveIfChanged(before);
        return true;
    }

    /** Removes a path and saves; returns whether it was listed. */
    public synchronized boolean remove(Path path) throws IOException {
        List<Path> before = List.copyOf(paths);
        paths.remove(normal(path));
        return saveIfChanged(before);
    }

    private boolean saveIfChanged(List<Path> before) throws IOException {
        if (before.equals(List.copyOf(paths))) {
            return false;
        }
        try {
            save();
        } catch (IOException e) {
            // Keep memory and disk in step: what was not saved is not in the library.
            paths.clear();
            paths.addAll(before);
            throw e;
        }
        return true;
    }

    /** Writes a temp file beside the list, then moves it over: a crash never leaves half a list. */
    private void save() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        for (Path p : paths) {
            lines.add(p.toString());
        }
        Path temp = Files.createTempFile(dir, "library", ".tmp");
        try {
            Files.write(temp, lines, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static List<Path> readList(Path file) {
        List<Path> list = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return list;
        }
        List<String> lines;
        try {
            // Decoded leniently: one bad byte must not cost the whole list (the next save would lose it).
            lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return list;
        }
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            try {
                list.add(normal(Paths.get(s)));
            } catch (InvalidPathException e) {
                // a line that is not a path on this system: skip it, keep the rest
            }
        }
        return list;
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
