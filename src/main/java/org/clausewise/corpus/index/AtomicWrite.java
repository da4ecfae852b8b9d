package org.clausewise.corpus.index;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausewise.files.SafeFile;

/**
 * Writes a cache file whole or not at all, through the project's one atomic-file helper
 * ({@link SafeFile}: temp file in the target folder, fsync, atomic move; its own leftovers are
 * removed at the next write). {@link #removeLeftovers} still removes the {@value #TEMP_SUFFIX}
 * files that earlier versions could leave.
 */
public final class AtomicWrite {
    static final String TEMP_SUFFIX = ".part";

    private AtomicWrite() {
    }

    /** What writes the content; it may throw, and then nothing is written. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        SafeFile.of(target, List.of()).creatingFolder().write(content::writeTo);
    }

    /**
     * Removes temp files a crash left in {@code dir}: those over ten minutes old, so a write another
     * running instance has under way is left alone.
     */
    public static void removeLeftovers(Path dir) {
        long before = System.currentTimeMillis() - 10 * 60 * 1000;
        try (var files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().endsWith(TEMP_SUFFIX)).forEach(f -> {
                try {
                    if (Files.getLastModifiedTime(f).toMillis() < before) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException e) {
                    // another process's file, or gone already: not ours to worry about
                }
            });
        } catch (IOException e) {
            // no folder yet: nothing left over
        }
    }
}
