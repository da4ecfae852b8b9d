package org.clausewise.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The temporary files of {@link SafeFile}: {@code .cw-<process>-<random>.tmp} in the target's
 * folder, short so that the target may have the longest name the file system allows. A process
 * killed while writing leaves one behind; the next write to that folder removes it once its
 * process is gone (or, should the number have been reused, once it is an hour old).
 */
final class LeftoverTempFiles {
    private static final Pattern NAME = Pattern.compile("\\.cw-(\\d{1,10})-[0-9a-f]{8}\\.tmp");
    private static final Duration SURELY_ABANDONED = Duration.ofHours(1);

    private LeftoverTempFiles() {
    }

    static Path create(Path dir) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            String name = String.format(".cw-%d-%08x.tmp", pid, ThreadLocalRandom.current().nextInt());
            try {
                return Files.createFile(dir.resolve(name));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    /** Removes temp files of ours that no running write can own any more; never fails the write. */
    static void clean(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".cw-*.tmp")) {
            for (Path f : files) {
                var m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && abandoned(f, Long.parseLong(m.group(1)))) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning is a courtesy; the write itself does not depend on it
        }
    }

    private static boolean abandoned(Path f, long pid) throws IOException {
        FileTime modified = Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS);
        if (modified.toInstant().isBefore(Instant.now().minus(SURELY_ABANDONED))) {
            return true;
        }
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }
}
