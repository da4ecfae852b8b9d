package org.clausewise.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers never see half of it: into a temporary file in the target folder,
 * then moved into place in one step. On any failure the temporary file is deleted, an existing
 * file at the target is left as it was, and the IOException says in one line what went wrong.
 */
final class SafeFile {
    /** Writes the whole content to the given (temporary) path. */
    interface Writer {
        void writeTo(Path temp) throws IOException;
    }

    private SafeFile() {
    }

    static void write(Path out, Writer writer) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + target + ": it is a folder");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": the folder " + dir + " does not exist");
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        }
        boolean done = false;
        try {
            writer.writeTo(temp);
            move(temp, target);
            done = true;
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The cause in a user's words, one line. */
    static String reason(IOException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("No space left") || msg.contains("not enough space") || msg.contains("Disk quota")) {
            return "the disk is full";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        String firstLine = msg.lines().findFirst().orElse("");
        return firstLine.isBlank() || firstLine.equals("null") ? e.getClass().getSimpleName() : firstLine;
    }
}
