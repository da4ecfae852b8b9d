package org.clausewise.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Lets two running Clausewise windows change the same small file (settings, library) without one
 * undoing the other: the change runs while holding an operating-system lock on a sidecar file
 * ({@code library.txt.lock}), and reads the file afresh inside the lock, so it merges with what
 * the other window saved a moment ago. The sidecar stays (removing it would race with the next
 * locker); it is empty.
 */
public final class FileLock {
    /** What runs under the lock. */
    @FunctionalInterface
    public interface Action<T> {
        T run() throws IOException;
    }

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FileLock() {
    }

    /** Runs {@code action} holding the lock of {@code file}, waiting up to 10 s for another holder. */
    public static <T> T around(Path file, Action<T> action) throws IOException {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        Files.createDirectories(lockFile.toAbsolutePath().getParent());
        long deadline = System.nanoTime() + WAIT.toNanos();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            while (true) {
                java.nio.channels.FileLock lock = tryLock(channel);
                if (lock != null) {
                    try (java.nio.channels.FileLock held = lock) {
                        return action.run();
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("cannot save " + file + ": another Clausewise has been busy with it for "
                            + WAIT.toSeconds() + " s");
                }
                sleep();
            }
        }
    }

    private static java.nio.channels.FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another object of this same program: wait for it as for another program
        }
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a file lock", e);
        }
    }
}
