package org.clausewise.corpus.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index of the library's clauses. On disk it lives in a folder of the cache
 * ({@link IndexFolders}); it is only a copy of what the texts say, so it is never trusted when in
 * doubt: an index of another schema, one whose files fail their checksums, or one Lucene cannot
 * open is deleted and built again. {@link #sync} brings it up to date with the library by
 * re-indexing only the texts added, changed (or moved to another series) and removed.
 *
 * <p>Another Clausewise process may hold the folder (Lucene's write lock): then this one
 * indexes in memory for its own run, and says so in {@link #note()}.
 */
public final class SearchIndex implements Closeable {
    /** The schema of the documents and analyzers; stored with each commit. */
    static final String SCHEMA = "clausewise-search-" + SearchAnalyzers.VERSION;
    private static final String SCHEMA_KEY = "schema";

    private final Directory directory;
    private final IndexWriter writer;
    private final String note;
    private DirectoryReader reader;

    private SearchIndex(Directory directory, String note) throws IOException {
        this.directory = directory;
        this.note = note;
        IndexWriterConfig config = new IndexWriterConfig(SearchAnalyzers.forIndex())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
        this.writer = new IndexWriter(directory, config);
        this.reader = DirectoryReader.open(writer);
    }

    /**
     * Opens (or creates) the index in {@code folder}, rebuilding it from nothing when it is of an
     * older schema or damaged; falls back to memory when the folder is busy or cannot be written.
     */
    public static SearchIndex open(Path folder) {
        FSDirectory dir = null;
        try {
            Files.createDirectories(folder);
            dir = FSDirectory.open(folder);
            if (!IndexCheck.trustworthy(dir, SCHEMA_KEY, SCHEMA)) {
                IndexCheck.wipe(dir);
            }
            try {
                return new SearchIndex(dir, null);
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                IndexCheck.wipe(dir); // damaged beyond what the checks saw: start again, once
                return new SearchIndex(dir, null);
            }
        } catch (LockObtainFailedException e) {
            closeQuietly(dir);
            return inMemory("the search index is in use by another Clausewise window; searching from memory this time");
        } catch (IOException | RuntimeException e) {
            closeQuietly(dir);
            return inMemory("the search index could not be kept in " + folder + " (" + e.getMessage() + "); searching from memory");
        }
    }

    private static void closeQuietly(Directory dir) {
        try {
            if (dir != null) {
                dir.close();
            }
        } catch (IOException e) {
            // nothing was written through it
        }
    }

    /** An index held in memory only (tests, benchmarks, and the fallback of {@link #open}). */
    public static SearchIndex inMemory() {
        return inMemory(null);
    }

    private static SearchIndex inMemory(String note) {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), note);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the index is not where it should be, for the status bar; null when all is well. */
    public String note() {
        return note;
    }

    /**
     * Makes the index hold exactly {@code texts}: texts it lacks or holds in another version (or
     * another series) are (re)indexed, texts no longer given are removed. Clauses are loaded only
     * for the texts indexed; a text whose clauses cannot be loaded is left out and reported.
     */
    public synchronized SyncReport sync(List<SearchableText> texts) throws IOException {
        Map<String, String> indexed = indexedStates();
        Map<String, SearchableText> wanted = new HashMap<>();
        for (SearchableText t : texts) {
            wanted.putIfAbsent(t.id(), t);
        }
        int removed = 0;
        for (String id : indexed.keySet()) {
            if (!wanted.containsKey(id)) {
                writer.deleteDocuments(new Term(SearchFields.TEXT_ID, id));
                removed++;
            }
        }
        List<SearchableText> toIndex = new ArrayList<>();
        for (SearchableText t : wanted.values()) {
            String state = indexed.get(t.id());
            if (!t.state().equals(state)) {
                if (state != null) {
                    writer.deleteDocuments(new Term(SearchFields.TEXT_ID, t.id()));
                }
                toIndex.add(t);
            }
        }
        List<String> failed = addAll(toIndex);
        if (removed > 0 || !toIndex.isEmpty() || !SCHEMA.equals(committedSchema())) {
            writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA).entrySet());
            writer.commit();
        }
        DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
        if (newer != null) {
            reader.close();
            reader = newer;
        }
        return new SyncReport(wanted.size() - failed.size(), toIndex.size() - failed.size(), removed, failed);
    }

    /** Adds the texts' documents, two texts at a time where there are cores for it. */
    private List<String> addAll(List<SearchableText> texts) throws IOException {
        int threads = Math.max(1, Math.min(texts.size() / 50, Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            List<String> failed = new ArrayList<>();
            for (SearchableText t : texts) {
                addOne(t, failed);
            }
            return failed;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "clausewise-index");
            th.setDaemon(true);
            return th;
        });
        try {
            List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> futures = new ArrayList<>();
            for (SearchableText t : texts) {
                futures.add(pool.submit(() -> {
                    addOne(t, failed);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return failed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void addOne(SearchableText text, List<String> failed) throws IOException {
        List<SearchableClause> clauses;
        try {
            clauses = text.clauses().load();
        } catch (IOException | RuntimeException e) {
            failed.add(text.id());
            return;
        }
        writer.addDocuments(ClauseDocuments.of(text, clauses));
    }

    private String committedSchema() throws IOException {
        return reader.getIndexCommit() == null ? null : reader.getIndexCommit().getUserData().get(SCHEMA_KEY);
    }

    /** text id → indexed state, from the manifest documents. */
    private Map<String, String> indexedStates() throws IOException {
        Map<String, String> states = new HashMap<>();
        IndexSearcher searcher = new IndexSearcher(reader);
        TermQuery manifests = new TermQuery(new Term(SearchFields.DOC, SearchFields.TEXT_DOC));
        int count = searcher.count(manifests);
        if (count == 0) {
            return states;
        }
        TopDocs all = searcher.search(manifests, count);
        var stored = reader.storedFields();
        for (ScoreDoc sd : all.scoreDocs) {
            Document d = stored.document(sd.doc);
            states.put(d.get(SearchFields.TEXT_ID), d.get(SearchFields.VERSION));
        }
        return states;
    }

    /** A searcher over the index as of the last {@link #sync}. */
    public synchronized CorpusSearch searcher() {
        return new CorpusSearch(reader);
    }

    /** Number of clause documents, for reports. */
    public synchronized int clauseCount() throws IOException {
        return new IndexSearcher(reader).count(new TermQuery(new Term(SearchFields.DOC, SearchFields.CLAUSE_DOC)));
    }

    /** Bytes the index takes in its folder (0 in memory). */
    public long sizeOnDisk() throws IOException {
        long total = 0;
        for (String f : directory.listAll()) {
            total += directory.fileLength(f);
        }
        return total;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            reader.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
