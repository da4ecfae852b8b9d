package org.clausewise.ui.library;

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

    /** Why the user's library list cannot be read and is left alone, or null when all is well. */
    default String problem() {
        return null;
    }

    /** Keeps the unreadable list as a backup and starts a new one; returns the backup. */
    default Path startAfresh() throws IOException {
        return null;
    }

    /** The user's library list file, for messages; null when there is none. */
    default Path listFile() {
        return null;
    }
}
