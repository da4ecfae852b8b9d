package org.clausewise.ui.library;

import org.clausewise.corpus.MissingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Where the window gets its texts: the bundled corpus plus the user's own library, which is kept
 * between runs. Called off the FX thread.
 */
public interface LibraryService {
    /** Loads everything; {@code progress} gets 0.0 … 1.0 (from the calling thread). */
    Library load(DoubleConsumer progress) throws IOException;

    /**
     * Loads everything, telling how far it got; stops soon after {@code cancelled} turns true and
     * returns what was read by then.
     */
    default Library load(Consumer<LoadStatus> progress, BooleanSupplier cancelled) throws IOException {
        return load(fraction -> progress.accept(new LoadStatus((int) Math.round(fraction * 100), 100)));
    }

    /**
     * Reads the given files (folders: the texts inside), keeps those that parse in the user's
     * library and leaves the library as it was for those that don't.
     */
    AddResult add(List<Path> filesOrFolders) throws IOException;

    /** Removes texts from the library (never from the disk); see {@link Removal}. */
    default Removal remove(List<LibraryEntry> texts) throws IOException {
        throw new UnsupportedOperationException("this library cannot be changed");
    }

    /** Removes a folder the user added, and with it every text it brought in. */
    default Removal removeFolder(Path folder) throws IOException {
        throw new UnsupportedOperationException("this library cannot be changed");
    }

    /** Removes a missing file or folder from the user's list. */
    default Removal removeMissing(MissingFile missing) throws IOException {
        throw new UnsupportedOperationException("this library cannot be changed");
    }

    /** Brings back what a removal took away, each path in its old place in the list. */
    default Library undo(Removal.Undo undo) throws IOException {
        throw new UnsupportedOperationException("this library cannot be changed");
    }

    /** Points a missing file or folder to where it is now (keeping its place in the list) and reads it. */
    default Library locate(MissingFile missing, Path found) throws IOException {
        throw new UnsupportedOperationException("this library cannot be changed");
    }

    /** For a text found more than once: keep every copy, told apart by folder. */
    default Library keepAll(String duplicateKey) throws IOException {
        throw new UnsupportedOperationException("this library cannot be changed");
    }

    /** For a text found more than once: use this copy for all of them. */
    default Library useOnly(String duplicateKey, LibraryEntry chosen) throws IOException {
        throw new UnsupportedOperationException("this library cannot be changed");
    }

    /** Forgets the choice about a duplicate: every copy is shown again and the window asks. */
    default Library undecide(String duplicateKey) throws IOException {
        throw new UnsupportedOperationException("this library cannot be changed");
    }

    /** Why the persistent index of parsed texts was rebuilt or could not be saved at the last load, or null. */
    default String indexProblem() {
        return null;
    }

    /** Why the user's library list cannot be read and is left alone, or null when all is well. */
    default String problem() {
        return null;
    }

    /** Keeps the unreadable list as a backup and starts a new one; returns the backup. */
    default Path startAfresh() throws IOException {
        return null;
    }

    /** Why the file of the user's library choices (hidden texts, duplicates) cannot be read, or null. */
    default String choicesProblem() {
        return null;
    }

    /** Keeps the unreadable choices file as a backup and starts with no choices; returns the backup. */
    default Path startChoicesAfresh() throws IOException {
        return null;
    }

    /** The file of the user's library choices, for messages; null when there is none. */
    default Path choicesFile() {
        return null;
    }

    /** The user's library list file, for messages; null when there is none. */
    default Path listFile() {
        return null;
    }
}
