package org.clausewise.ui.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.clausewise.corpus.search.SearchIndex;
import org.clausewise.corpus.search.SearchMode;
import org.clausewise.corpus.search.SearchResult;
import org.clausewise.corpus.search.SyncReport;
import org.clausewise.ui.library.Library;

/**
 * The search index of the window's library, kept in the cache folder and brought up to date
 * whenever the library changes (only the texts added, changed or removed are indexed again).
 * Not thread-safe: every call comes from the one search thread, so a search always runs after
 * the sync the library change asked for.
 */
public final class LibrarySearch implements AutoCloseable {
    private final Supplier<SearchIndex> opener;
    private SearchIndex index;
    private Library synced;
    private SyncReport lastSync;

    /** An index in {@code folder}, opened on first use. */
    public static LibrarySearch inFolder(Path folder) {
        return new LibrarySearch(() -> SearchIndex.open(folder));
    }

    public LibrarySearch(Supplier<SearchIndex> opener) {
        this.opener = opener;
    }

    /** Makes the index hold the library's texts; nothing to do when it already does. */
    public SyncReport sync(Library library) throws IOException {
        if (index == null) {
            index = opener.get();
        }
        if (library != synced) {
            lastSync = index.sync(LibraryTexts.of(library));
            synced = library;
        }
        return lastSync;
    }

    public SearchResult search(Library library, String phrase, SearchMode mode, int limit) throws IOException {
        sync(library);
        return index.searcher().search(phrase, mode, limit);
    }

    /** Why the index is not kept on disk, if it is not (another window has it; a folder that cannot be written). */
    public String note() {
        return index == null ? null : index.note();
    }

    @Override
    public void close() throws IOException {
        if (index != null) {
            index.close();
            index = null;
            synced = null;
        }
    }
}
