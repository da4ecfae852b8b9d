package org.clausewise.corpus.index;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a cache file whole or not at all: a temp file in the target folder, flushed to disk
 * (fsync), then moved over the target in one step, so a crash leaves the old file or the new one,
 * never half of one. Leftover temp files of a crash end in {@value #TEMP_SUFFIX} and are removed
 * by {@link #removeLeftovers}.
 *
 * <p>Stand-in for the project's one atomic-file helper ({@code org.clausewise.files}, being
 * written on another branch): when it is on main, this class becomes a call to it.
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
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                // closing what the content was given only flushes it: the channel stays open for fsync
                BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
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
