package org.clausewise.corpus;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clausewise.files.FileLock;
import org.clausewise.files.UserTextFile;

/**
 * The files and folders the user added (File → Open, drag and drop), kept between runs in
 * {@code library.txt} in the config folder, one path per line. The list is only paths: a file
 * that has gone missing by the next start is reported when the corpus loads (a
 * {@link LoadFailure}), and stays listed until the user removes it, in case its drive comes back.
 *
 * <p>The file is the user's as much as ours. Comments ({@code #}), blank lines and relative paths
 * (read from the list's own folder) are kept as written: a save adds or removes only the lines of
 * the paths added or removed. Two windows share it: each change runs under a {@link FileLock} and
 * reads the file afresh first, so both windows' additions end up in it. A list that cannot be read
 * (permissions, not UTF-8, not text) is never written over: {@link #problem()} says why, and
 * {@link #startAfresh()} keeps it as a backup before a new list is written.
 */
public final class UserLibrary {
    private final Path file;
    private final Set<Path> paths = new LinkedHashSet<>();
    private String problem;

    /** Reads the list in {@code file}; a missing file is an empty library. */
    public UserLibrary(Path file) {
        this.file = file.toAbsolutePath().normalize();
        UserTextFile.Contents contents = UserTextFile.read(this.file);
        problem = contents.problem();
        paths.addAll(pathsOf(contents.lines()));
    }

    /** The library of {@link AppDirs#configDir()}. */
    public static UserLibrary openDefault() {
        return new UserLibrary(AppDirs.configDir().resolve("library.txt"));
    }

    public Path file() {
        return file;
    }

    /** Why the list could not be read and will not be changed ("permission denied"), or null when all is well. */
    public synchronized String problem() {
        return problem;
    }

    /** The paths in the order they were added (for an unreadable list, those that could be made out). */
    public synchronized List<Path> paths() {
        return List.copyOf(paths);
    }

    public synchronized boolean contains(Path path) {
        return paths.contains(normal(path));
    }

    /** Adds paths not yet listed and saves, merged with what another window saved; returns whether anything changed. */
    public synchronized boolean add(Collection<Path> added) throws IOException {
        List<Path> wanted = added.stream().map(UserLibrary::normal).distinct().toList();
        return change(lines -> {
            Set<Path> listed = new LinkedHashSet<>(pathsOf(lines));
            boolean changed = false;
            for (Path p : wanted) {
                if (listed.add(p)) {
                    lines.add(p.toString());
                    changed = true;
                }
            }
            return changed;
        });
    }

    /** Where the path is in the list (0 for the first), or -1 when it is not listed. */
    public synchronized int indexOf(Path path) {
        return new ArrayList<>(paths).indexOf(normal(path));
    }

    /**
     * Lists a path again where it was (undoing a removal): before the path that is now at
     * {@code position} in the list, or last; returns whether anything changed.
     */
    public synchronized boolean insert(int position, Path path) throws IOException {
        Path p = normal(path);
        return change(lines -> {
            List<Path> listed = pathsOf(lines);
            if (listed.contains(p)) {
                return false;
            }
            int at = lines.size();
            if (position >= 0 && position < listed.size()) {
                Path before = listed.get(position);
                for (int i = 0; i < lines.size(); i++) {
                    if (before.equals(pathOf(lines.get(i)))) {
                        at = i;
                        break;
                    }
                }
            }
            lines.add(at, p.toString());
            return true;
        });
    }

    /**
     * Points a listed file or folder that moved to where it is now, on its own line, so it keeps
     * its place in the list (Locate… in the window); returns false when {@code old} is not listed.
     * When {@code now} is listed already, the old line simply goes.
     */
    public synchronized boolean relocate(Path old, Path now) throws IOException {
        Path from = normal(old);
        Path to = normal(now);
        boolean[] found = {false};
        change(lines -> {
            boolean listedAlready = pathsOf(lines).contains(to);
            boolean changed = false;
            for (int i = 0; i < lines.size(); i++) {
                if (from.equals(pathOf(lines.get(i)))) {
                    found[0] = true;
                    changed = true;
                    if (listedAlready) {
                        lines.remove(i--);
                    } else {
                        lines.set(i, to.toString()); // the first line naming it keeps its place
                        listedAlready = true;
                    }
                }
            }
            return changed;
        });
        return found[0];
    }

    /** Removes a path (every line naming it) and saves; returns whether it was listed. */
    public synchronized boolean remove(Path path) throws IOException {
        Path gone = normal(path);
        return change(lines -> lines.removeIf(line -> gone.equals(pathOf(line))));
    }

    /**
     * For a list that cannot be read: keeps it as {@code library.txt.bak-<time>} and writes a new
     * list of the paths that could be made out of it; returns where the old one went.
     */
    public synchronized Path startAfresh() throws IOException {
        return FileLock.around(file, () -> {
            Path backup = java.nio.file.Files.exists(file) ? UserTextFile.keepAsBackup(file) : null;
            List<String> lines = new ArrayList<>();
            for (Path p : paths) {
                lines.add(p.toString());
            }
            UserTextFile.write(file, lines, "\n");
            problem = null;
            return backup;
        });
    }

    /** What a change does to the list's lines; returns whether it changed any. */
    private interface LineEdit {
        boolean apply(List<String> lines);
    }

    private boolean change(LineEdit edit) throws IOException {
        if (problem != null) {
            throw new IOException(cannotChange(problem));
        }
        return FileLock.around(file, () -> {
            UserTextFile.Contents now = UserTextFile.read(file); // another window may have saved since
            if (!now.readable()) {
                problem = now.problem();
                throw new IOException(cannotChange(problem));
            }
            List<String> lines = new ArrayList<>(now.lines());
            boolean changed = edit.apply(lines);
            if (changed) {
                UserTextFile.write(file, lines, now.lineEnd());
            }
            paths.clear();
            paths.addAll(pathsOf(lines));
            return changed;
        });
    }

    private String cannotChange(String why) {
        return "your library list " + file + " cannot be read (" + why + "), so it is left as it is";
    }

    private List<Path> pathsOf(List<String> lines) {
        List<Path> list = new ArrayList<>();
        for (String line : lines) {
            Path p = pathOf(line);
            if (p != null && !list.contains(p)) {
                list.add(p);
            }
        }
        return list;
    }

    /** The path a line names, relative ones from the list's own folder; null for blank, comment or junk lines. */
    private Path pathOf(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
            return null;
        }
        try {
            return file.getParent().resolve(Paths.get(s)).normalize();
        } catch (InvalidPathException e) {
            return null; // a line that is not a path on this system: skip it, keep it in the file
        }
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
