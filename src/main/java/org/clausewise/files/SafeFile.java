package org.clausewise.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The one way Clausewise writes a file a user made or gets: a PDF export, a screenshot, the
 * settings, the library list.
 *
 * <p>It refuses, with one line a user can act on, to write over any input of the same command,
 * over a read-only file, through a symbolic link, or onto anything that is not a regular file
 * (a folder, a device such as {@code /dev/full}, a pipe). Otherwise it writes a temporary file in
 * the target's folder, forces it to disk, gives it the old file's permissions (or rw-r--r-- for a
 * new one) and moves it into place in one step: a reader sees the old file or the new one, never
 * half of one, and a crash leaves the old file as it was. The temporary name is short (so a target
 * name as long as the file system allows still works) and recognisable, so that one left by a
 * crash is removed at the next write to that folder ({@link LeftoverTempFiles}).
 */
public final class SafeFile {
    /** Writes the whole content; the stream is closed by the caller of this interface. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private final Path target;
    private final List<Path> inputs;
    private final boolean createFolder;

    private SafeFile(Path target, List<Path> inputs, boolean createFolder) {
        this.target = target;
        this.inputs = inputs;
        this.createFolder = createFolder;
    }

    /** A write to {@code target}, which must not be any of {@code inputs} (the files the command reads). */
    public static SafeFile of(Path target, Collection<Path> inputs) {
        return new SafeFile(target.toAbsolutePath().normalize(), List.copyOf(inputs), false);
    }

    /** The same write, creating the target's folder first if it is missing (settings, library). */
    public SafeFile creatingFolder() {
        return new SafeFile(target, inputs, true);
    }

    public Path target() {
        return target;
    }

    public void write(byte[] bytes) throws IOException {
        write(out -> out.write(bytes));
    }

    /**
     * Checks, without writing, that the write would not be refused and that its folder exists
     * (or, with {@link #creatingFolder()}, can be made): lets a command fail before long work.
     */
    public void check() throws IOException {
        folder();
        refusals();
    }

    public void write(Content content) throws IOException {
        Path dir = folder();
        refusals();
        LeftoverTempFiles.clean(dir);
        Path temp;
        try {
            temp = LeftoverTempFiles.create(dir);
        } catch (IOException e) {
            throw new IOException(cannot(reason(e)), e);
        }
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                // closing what the content is given only flushes it: the channel stays open to be forced to disk
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            setPermissions(temp);
            move(temp);
            moved = true;
            syncFolder(dir);
        } catch (WriteRefusedException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(cannot(reason(e)), e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private Path folder() throws IOException {
        Path dir = target.getParent();
        if (dir == null) {
            throw new WriteRefusedException(cannot("it is not a file name"));
        }
        if (createFolder && !Files.exists(dir)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new IOException(cannot("the folder " + dir + " cannot be made: " + reason(e)), e);
            }
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException(cannot("the folder " + dir + " does not exist"));
        }
        return dir;
    }

    /** Every refusal, before anything is written. */
    private void refusals() throws IOException {
        for (Path input : inputs) {
            if (sameFile(input)) {
                throw new WriteRefusedException(cannot("it is one of the files being read; choose another name"));
            }
        }
        if (Files.isSymbolicLink(target)) {
            throw new WriteRefusedException(cannot("it is a link to " + linkTarget() + "; choose another name"));
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new WriteRefusedException(cannot("it is a folder"));
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new WriteRefusedException(cannot("it is not an ordinary file (a device, a pipe or a socket)"));
        }
        if (readOnly()) {
            throw new WriteRefusedException(cannot("the file is read-only"));
        }
    }

    private boolean sameFile(Path input) {
        Path in = input.toAbsolutePath().normalize();
        if (in.equals(target)) {
            return true;
        }
        try {
            return Files.exists(in) && Files.exists(target) && Files.isSameFile(in, target);
        } catch (IOException e) {
            return false;
        }
    }

    /** Read-only for everyone, by its mode bits: root may write anything, and must not here either. */
    private boolean readOnly() throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (posix != null) {
            Set<PosixFilePermission> p = posix.readAttributes().permissions();
            return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                    && !p.contains(PosixFilePermission.OTHERS_WRITE);
        }
        return !Files.isWritable(target);
    }

    private String linkTarget() {
        try {
            return Files.readSymbolicLink(target).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "another file";
        }
    }

    /** An existing file keeps its mode; a new one gets rw-r--r-- (temp files are made rw-------). */
    private void setPermissions(Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> mode = NEW_FILE;
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            mode = Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS);
        }
        view.setPermissions(mode);
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The move itself is on disk only once the folder is (POSIX); not possible on every system. */
    private static void syncFolder(Path dir) {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder as a channel; its move is durable enough
        }
    }

    private String cannot(String reason) {
        return "cannot write " + target + ": " + reason;
    }

    /** The cause in a user's words, one line. */
    static String reason(IOException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("No space left") || msg.contains("not enough space") || msg.contains("Disk quota")) {
            return "the disk is full";
        }
        if (msg.contains("File name too long")) {
            return "the file name is too long for this disk";
        }
        if (msg.contains("Read-only file system")) {
            return "the disk is read-only";
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
