package org.clausewise.corpus.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.clausewise.corpus.AppDirs;

/**
 * Where search indexes live in the cache folder ({@link AppDirs#cacheDir()}, {@code search/}):
 * one for the window's library, and one per set of files and folders the command line was given
 * (so that searching another folder does not throw away the library's index). Only the few most
 * recently used command-line indexes are kept.
 */
public final class IndexFolders {
    /** Command-line indexes kept; older ones are deleted when a new one is made. */
    static final int KEEP_COMMAND_LINE = 6;
    private static final String INPUTS_PREFIX = "files-";

    private IndexFolders() {
    }

    public static Path root() {
        return AppDirs.cacheDir().resolve("search");
    }

    /** The window's library. */
    public static Path library() {
        return root().resolve("library");
    }

    /** The texts of these files and folders, as given on the command line (order does not matter). */
    public static Path forInputs(List<Path> inputs) {
        String key = String.join("\n", inputs.stream()
                .map(p -> p.toAbsolutePath().normalize().toString()).sorted().toList());
        Path folder = root().resolve(INPUTS_PREFIX + hash(key));
        touch(folder);
        prune(root(), KEEP_COMMAND_LINE);
        return folder;
    }

    private static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Marks the folder as just used; the cache is best effort, so failures are ignored. */
    private static void touch(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.setLastModifiedTime(folder, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // SearchIndex.open reports a folder it cannot use
        }
    }

    /** Deletes all but the {@code keep} most recently used command-line indexes. */
    static void prune(Path root, int keep) {
        List<Path> folders;
        try (Stream<Path> s = Files.list(root)) {
            folders = s.filter(p -> p.getFileName().toString().startsWith(INPUTS_PREFIX) && Files.isDirectory(p))
                    .sorted(Comparator.comparing(IndexFolders::lastUsed).reversed())
                    .toList();
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (Path old : folders.subList(Math.min(keep, folders.size()), folders.size())) {
            deleteTree(old);
        }
    }

    private static FileTime lastUsed(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // another process may be using it; it goes next time
        }
    }
}
