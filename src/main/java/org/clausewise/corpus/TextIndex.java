package org.clausewise.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.clausewise.corpus.index.AtomicWrite;
import org.clausewise.corpus.index.CodeVersion;
import org.clausewise.corpus.index.CorruptDataException;
import org.clausewise.corpus.index.FramedFile;
import org.clausewise.corpus.index.RecordCodec;
import org.clausewise.model.Resolution;

/**
 * The persistent index of parsed texts, in the user's cache folder: what each file's text was
 * parsed into, so a library of thousands of texts opens without parsing again.
 *
 * <ul>
 * <li>A text is keyed by its content (SHA-256 of the file) and by the {@link CodeVersion} of the
 * parser; a file is recognised cheaply by path, size and modification time, so a warm start reads
 * neither the files nor their texts, only the catalog of summaries.</li>
 * <li>{@code catalog.bin} holds each file's summary and where its whole text is;
 * {@code texts-*.pack} hold the parsed texts, written in batches. Every file is written whole
 * (temp file, fsync, move) and read with its kind, version, length and checksum checked: a
 * corrupt, truncated, foreign or stale cache is rebuilt, never trusted ({@link #problem()}).</li>
 * <li>Files that could not be read are remembered too, so a bad file is not parsed at every start
 * (but a text that took too long is tried again next time).</li>
 * </ul>
 * Thread-safe. A failure to write the cache never fails a load: the index then works in memory.
 */
public final class TextIndex {
    static final String CATALOG = "catalog.bin";
    private static final String CATALOG_KIND = "clausewise catalog";
    private static final String TEXTS_KIND = "clausewise texts";
    private static final String PACK_PREFIX = "texts-";
    private static final String PACK_SUFFIX = ".pack";
    private static final int BATCH_TEXTS = 400;
    private static final long BATCH_BYTES = 16L * 1024 * 1024;

    private final Path dir;
    private final String version;
    private final RecordCodec codec = new RecordCodec();
    private final Map<String, IndexedText> byPath = new HashMap<>();
    private final Map<String, IndexedText> byHash = new HashMap<>();
    private final Map<String, KnownFailure> failures = new HashMap<>();
    /** Parsed texts not yet written to a pack, by content hash. */
    private final Map<String, byte[]> pending = new LinkedHashMap<>();
    private long pendingBytes;
    private boolean dirty;
    private boolean writable;
    private String problem;

    /**
     * Where a file's text is. {@code pack} is null while the text waits to be written; {@code read} is
     * when this file was read (milliseconds since 1970), shown to the user as where a text comes from.
     */
    record IndexedText(String path, long size, long modified, String hash, String pack, long offset, int length,
                       TextSummary summary, long read) {
        IndexedText at(String path, long size, long modified) {
            return new IndexedText(path, size, modified, hash, pack, offset, length, summary, System.currentTimeMillis());
        }

        IndexedText in(String pack, long offset, int length) {
            return new IndexedText(path, size, modified, hash, pack, offset, length, summary, read);
        }
    }

    /** A file that could not be read, as it was when it failed. */
    record KnownFailure(String path, long size, long modified, String message) {
    }

    /** What {@code catalog.bin} holds. */
    record Catalog(List<IndexedText> texts, List<KnownFailure> failures) {
    }

    private TextIndex(Path dir, String version) {
        this.dir = dir;
        this.version = version;
        this.writable = dir != null;
    }

    /** The index in {@code dir} for the running code's parser. */
    public static TextIndex open(Path dir) {
        return open(dir, CodeVersion.of(TextIndex.class,
                List.of("org/clausewise/ingest/", "org/clausewise/model/", "org/clausewise/corpus/")));
    }

    /** The index in the user's cache folder ({@link AppDirs#cacheDir()}). */
    public static TextIndex openDefault() {
        return open(AppDirs.cacheDir().resolve("texts"));
    }

    /** An index kept in memory only: texts are held until the process ends. */
    public static TextIndex inMemory() {
        return new TextIndex(null, "memory");
    }

    static TextIndex open(Path dir, String version) {
        TextIndex index = new TextIndex(dir, version);
        index.readCatalog();
        return index;
    }

    private void readCatalog() {
        Path catalog = dir.resolve(CATALOG);
        try {
            Catalog c = codec.decode(FramedFile.readOnly(catalog, CATALOG_KIND, version), Catalog.class);
            for (IndexedText t : c.texts()) {
                byPath.put(t.path(), t);
                byHash.putIfAbsent(t.hash(), t);
            }
            for (KnownFailure f : c.failures()) {
                failures.put(f.path(), f);
            }
        } catch (NoSuchFileException e) {
            // a first start: nothing to trust or distrust
        } catch (IOException e) {
            problem = "the cached index could not be read (" + e.getMessage() + "); texts are parsed again";
        } catch (CorruptDataException | RuntimeException e) {
            problem = "the cached index was " + e.getMessage() + "; it is rebuilt";
            byPath.clear();
            byHash.clear();
            failures.clear();
            dirty = true;
        }
    }

    /** Why the cache on disk was not used or cannot be written, or null when all is well. */
    public synchronized String problem() {
        return problem;
    }

    /** How many files the index knows. */
    public synchronized int size() {
        return byPath.size();
    }

    /** The text of {@code path} as indexed, if the file still has that size and modification time. */
    synchronized IndexedText known(String path, long size, long modified) {
        IndexedText t = byPath.get(path);
        return t != null && t.size() == size && t.modified() == modified ? t : null;
    }

    /** Why {@code path} could not be read, if it failed before and has not changed since. */
    synchronized String knownFailure(String path, long size, long modified) {
        KnownFailure f = failures.get(path);
        return f != null && f.size() == size && f.modified() == modified ? f.message() : null;
    }

    /** A text with this content, read before from any file. */
    synchronized IndexedText knownContent(String hash) {
        return byHash.get(hash);
    }

    /** Records that {@code path} holds the same content as {@code same}. */
    synchronized IndexedText sameContent(String path, long size, long modified, IndexedText same) {
        IndexedText t = same.at(path, size, modified);
        byPath.put(path, t);
        failures.remove(path);
        dirty = true;
        return t;
    }

    /** Adds a parsed text; it is written with the next batch. */
    synchronized IndexedText add(String path, long size, long modified, String hash, Resolution text,
                                 TextSummary summary) {
        byte[] bytes = codec.encode(text, Resolution.class);
        if (!pending.containsKey(hash)) {
            pending.put(hash, bytes);
            pendingBytes += bytes.length;
        }
        IndexedText t = new IndexedText(path, size, modified, hash, null, 0, bytes.length, summary,
                System.currentTimeMillis());
        byPath.put(path, t);
        byHash.put(hash, t);
        failures.remove(path);
        dirty = true;
        if (pending.size() >= BATCH_TEXTS || pendingBytes >= BATCH_BYTES) {
            commit();
        }
        return t;
    }

    /** Remembers that {@code path} could not be read. */
    synchronized void failed(String path, long size, long modified, String message) {
        failures.put(path, new KnownFailure(path, size, modified, message));
        byPath.remove(path);
        dirty = true;
    }

    /** The whole text, from the batch not yet written or from its pack, checked. */
    Resolution read(IndexedText t) throws IOException, CorruptDataException {
        byte[] bytes;
        synchronized (this) {
            IndexedText now = byHash.get(t.hash());
            t = now != null ? now : t;
            bytes = t.pack() == null ? pending.get(t.hash()) : null;
            if (t.pack() == null && bytes == null) {
                throw new CorruptDataException("not in the index");
            }
        }
        if (bytes == null) {
            bytes = FramedFile.read(dir.resolve(t.pack()), TEXTS_KIND, version, t.offset(), t.length());
        }
        return codec.decode(bytes, Resolution.class);
    }

    /**
     * Writes the texts waiting in memory to a new pack and the catalog, each whole; removes packs
     * nothing points to any more. A failure is remembered in {@link #problem()} and the index goes
     * on in memory: a cache that cannot be written must not cost the user the load.
     */
    public synchronized void commit() {
        if (!writable || (!dirty && pending.isEmpty())) {
            return;
        }
        try {
            Files.createDirectories(dir);
            writePending();
            FramedFile.write(dir.resolve(CATALOG), CATALOG_KIND, version,
                    List.of(codec.encode(new Catalog(new ArrayList<>(byPath.values()),
                            new ArrayList<>(failures.values())), Catalog.class)));
            dirty = false;
            removeUnused();
        } catch (IOException | RuntimeException e) {
            writable = false;
            problem = "the index of parsed texts could not be saved in " + dir + " (" + e.getMessage()
                    + "); texts will be parsed again next time";
        }
    }

    private void writePending() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        String pack = PACK_PREFIX + UUID.randomUUID() + PACK_SUFFIX;
        List<String> hashes = new ArrayList<>(pending.keySet());
        long[] offsets = FramedFile.write(dir.resolve(pack), TEXTS_KIND, version, new ArrayList<>(pending.values()));
        Map<String, long[]> placed = new HashMap<>();
        for (int i = 0; i < hashes.size(); i++) {
            placed.put(hashes.get(i), new long[] {offsets[i], pending.get(hashes.get(i)).length});
        }
        for (Map<String, IndexedText> map : List.of(byPath, byHash)) {
            map.replaceAll((key, t) -> {
                long[] at = t.pack() == null ? placed.get(t.hash()) : null;
                return at == null ? t : t.in(pack, at[0], (int) at[1]);
            });
        }
        pending.clear();
        pendingBytes = 0;
    }

    /** Packs no text points to (texts changed, or the parser did), and temp files a crash left. */
    private void removeUnused() throws IOException {
        Set<String> used = new HashSet<>();
        byPath.values().forEach(t -> used.add(t.pack()));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(PACK_PREFIX) && name.endsWith(PACK_SUFFIX) && !used.contains(name)) {
                    Files.deleteIfExists(f);
                }
            }
        }
        AtomicWrite.removeLeftovers(dir);
    }
}
