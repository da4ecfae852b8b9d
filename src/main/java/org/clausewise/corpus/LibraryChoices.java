package org.clausewise.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clausewise.files.FileLock;
import org.clausewise.files.UserTextFile;

/**
 * What the user chose about the texts of the library beyond the list of files and folders they
 * added ({@link UserLibrary}), kept in {@code library-choices.txt} beside it:
 * <ul>
 * <li>texts hidden: a bundled text, or one file of a folder they added, that they removed from
 * the library (the file itself is never touched);</li>
 * <li>duplicates: for a text found twice (same symbol or same content), whether both are kept,
 * told apart by folder, or one is used for both.</li>
 * </ul>
 * One choice a line, tab-separated, so the file can be read and mended by hand; lines this version
 * does not know are kept. Read and written as {@link UserTextFile} (the safe-file helper): a file
 * that cannot be read is never written over ({@link #problem()}) until {@link #startAfresh()} keeps it
 * as a backup.
 */
public final class LibraryChoices {
    private static final String HIDE = "hide";
    private static final String KEEP_BOTH = "keep-both";
    private static final String USE = "use";
    private static final List<String> HEADER = List.of(
            "# Clausewise: texts removed from the library (the files stay on disk) and choices about texts found twice.",
            "# One choice a line; delete a line to undo it.");

    private final Path file;
    private final Set<Path> hidden = new LinkedHashSet<>();
    private final Set<String> keepBoth = new LinkedHashSet<>();
    private final Map<String, Path> use = new LinkedHashMap<>();
    private final List<String> unknown = new ArrayList<>();
    private String problem;
    private String lineEnd = "\n";

    public LibraryChoices(Path file) {
        this.file = file.toAbsolutePath().normalize();
        read();
    }

    /** Beside the user's library list, in {@link AppDirs#configDir()}. */
    public static LibraryChoices openDefault() {
        return new LibraryChoices(AppDirs.configDir().resolve("library-choices.txt"));
    }

    public Path file() {
        return file;
    }

    private void read() {
        UserTextFile.Contents contents = UserTextFile.read(file);
        problem = contents.problem();
        lineEnd = contents.lineEnd();
        for (String line : contents.lines()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                if (f.length == 2 && f[0].equals(HIDE)) {
                    hidden.add(normal(Paths.get(f[1])));
                } else if (f.length == 2 && f[0].equals(KEEP_BOTH)) {
                    keepBoth.add(f[1]);
                } else if (f.length == 3 && f[0].equals(USE)) {
                    use.put(f[1], normal(Paths.get(f[2])));
                } else {
                    unknown.add(line);
                }
            } catch (InvalidPathException e) {
                unknown.add(line); // a path of another system: kept as it is
            }
        }
    }

    /** Why the file could not be read and is left alone, or null. */
    public synchronized String problem() {
        return problem;
    }

    public synchronized boolean isHidden(Path path) {
        return hidden.contains(normal(path));
    }

    public synchronized Set<Path> hidden() {
        return Set.copyOf(hidden);
    }

    /** Hides texts from the library (their files stay where they are). */
    public synchronized void hide(List<Path> paths) throws IOException {
        List<Path> now = paths.stream().map(LibraryChoices::normal).toList();
        if (!now.isEmpty()) {
            change(() -> hidden.addAll(now));
        }
    }

    /** Shows hidden texts again (undo of a removal). */
    public synchronized void unhide(List<Path> paths) throws IOException {
        List<Path> now = paths.stream().map(LibraryChoices::normal).filter(hidden::contains).toList();
        if (!now.isEmpty()) {
            change(() -> hidden.removeAll(now));
        }
    }

    /** For a duplicate: the file chosen to stand for all of its copies, if the user chose one. */
    public synchronized Optional<Path> used(String duplicateKey) {
        return Optional.ofNullable(use.get(duplicateKey));
    }

    /** Whether the user chose to keep every copy of this duplicate, told apart by folder. */
    public synchronized boolean keepsBoth(String duplicateKey) {
        return keepBoth.contains(duplicateKey);
    }

    public synchronized void keepBoth(String duplicateKey) throws IOException {
        change(() -> {
            use.remove(duplicateKey);
            return keepBoth.add(duplicateKey);
        });
    }

    public synchronized void use(String duplicateKey, Path file) throws IOException {
        Path chosen = normal(file);
        change(() -> {
            keepBoth.remove(duplicateKey);
            return !chosen.equals(use.put(duplicateKey, chosen));
        });
    }

    /** Forgets the choice about a duplicate: the window asks again. */
    public synchronized void undecide(String duplicateKey) throws IOException {
        change(() -> keepBoth.remove(duplicateKey) | use.remove(duplicateKey) != null);
    }

    private interface Edit {
        boolean apply();
    }

    /** Applies the edit and saves; on a failed save, memory goes back to what the file holds. */
    private void change(Edit edit) throws IOException {
        if (problem != null) {
            throw new IOException("your library choices " + file + " cannot be read (" + problem
                    + "), so they are left as they are");
        }
        Set<Path> h = new LinkedHashSet<>(hidden);
        Set<String> k = new LinkedHashSet<>(keepBoth);
        Map<String, Path> u = new LinkedHashMap<>(use);
        if (!edit.apply()) {
            return;
        }
        try {
            save();
        } catch (IOException e) {
            hidden.clear();
            hidden.addAll(h);
            keepBoth.clear();
            keepBoth.addAll(k);
            use.clear();
            use.putAll(u);
            throw e;
        }
    }

    /** Through the one safe-file helper, under the lock other windows take too. */
    private void save() throws IOException {
        List<String> lines = new ArrayList<>(HEADER);
        hidden.forEach(p -> lines.add(HIDE + "\t" + p));
        keepBoth.forEach(key -> lines.add(KEEP_BOTH + "\t" + key));
        use.forEach((key, p) -> lines.add(USE + "\t" + key + "\t" + p));
        lines.addAll(unknown);
        FileLock.around(file, () -> {
            UserTextFile.write(file, lines, lineEnd);
            return null;
        });
    }

    /** For a file that cannot be read: keeps it as a backup, and the choices start empty; returns the backup. */
    public synchronized Path startAfresh() throws IOException {
        return FileLock.around(file, () -> {
            Path backup = Files.exists(file) ? UserTextFile.keepAsBackup(file) : null;
            hidden.clear();
            keepBoth.clear();
            use.clear();
            unknown.clear();
            problem = null;
            return backup;
        });
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
