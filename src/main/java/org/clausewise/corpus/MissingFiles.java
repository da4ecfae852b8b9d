package org.clausewise.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Why a file or folder of the library cannot be reached, in the user's words. "Drive not mounted"
 * when it lies on a drive that is not there (a drive letter, a network share, or a removable
 * drive's folder under /media, /run/media, /mnt or /Volumes that is missing or empty); "permission
 * denied" when it is there but cannot be read, or a folder above it cannot be entered; otherwise
 * "moved or deleted".
 */
public final class MissingFiles {
    public static final String MOVED = "moved or deleted";
    public static final String PERMISSION = "permission denied";
    public static final String NOT_MOUNTED = "drive not mounted";

    private MissingFiles() {
    }

    /** The reason {@code path} cannot be reached, or null when it is there and can be read. */
    public static String reason(Path path) {
        Path p = path.toAbsolutePath().normalize();
        try {
            if (Files.exists(p)) {
                boolean readable = Files.isReadable(p) && (!Files.isDirectory(p) || Files.isExecutable(p));
                return readable ? null : PERMISSION;
            }
            if (onMissingDrive(p)) {
                return NOT_MOUNTED;
            }
            for (Path up = p.getParent(); up != null; up = up.getParent()) {
                if (Files.isDirectory(up)) {
                    return Files.isExecutable(up) && Files.isReadable(up) ? MOVED : PERMISSION;
                }
            }
            return MOVED;
        } catch (SecurityException e) {
            return PERMISSION;
        }
    }

    /** Whether the drive the path is on is not there (its root, or a removable drive's mount folder). */
    static boolean onMissingDrive(Path p) {
        Path root = p.getRoot();
        if (root != null && !Files.exists(root)) {
            return true; // E:\ or \\server\share\ not there
        }
        Path mount = mountFolder(p);
        return mount != null && (!Files.isDirectory(mount) || isEmpty(mount));
    }

    /** /media/USER/LABEL, /run/media/USER/LABEL, /mnt/LABEL or /Volumes/LABEL above {@code p}, or null. */
    static Path mountFolder(Path p) {
        int n = p.getNameCount();
        String first = n > 0 ? p.getName(0).toString().toLowerCase(Locale.ROOT) : "";
        int depth;
        if (first.equals("media")) {
            depth = 3;
        } else if (first.equals("run") && n > 1 && p.getName(1).toString().equals("media")) {
            depth = 4;
        } else if (first.equals("mnt") || first.equals("volumes")) {
            depth = 2;
        } else {
            return null;
        }
        return n > depth ? p.getRoot().resolve(p.subpath(0, depth)) : null;
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> inside = Files.list(folder)) {
            return inside.findAny().isEmpty();
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
