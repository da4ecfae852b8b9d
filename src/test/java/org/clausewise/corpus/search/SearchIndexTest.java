package org.clausewise.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index on disk: kept between runs, updated text by text, and never trusted when it is
 * damaged, of another schema, or busy.
 */
class SearchIndexTest {
    @TempDir
    Path folder;

    private static final SearchableText A = MadeUpTexts.adopted("s", 70, 1, "Welcomes the widget initiative,");
    private static final SearchableText B = MadeUpTexts.adopted("s", 71, 2, "Welcomes the widget initiative again,");
    private static final SearchableText C = MadeUpTexts.adopted("t", 71, 3, "Notes the gadget initiative,");

    private static int count(SearchIndex index, String phrase) throws IOException {
        return index.searcher().search(phrase, SearchMode.NEAR, 10).clauses();
    }

    @Test
    void keptBetweenRunsAndUpdatedTextByText() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder)) {
            assertNull(index.note());
            assertEquals(new SyncReport(2, 2, 0, List.of()), index.sync(List.of(A, B)));
            assertEquals(2, count(index, "widget initiative"));
        }
        try (SearchIndex index = SearchIndex.open(folder)) {
            assertEquals(2, count(index, "widget initiative"), "what was indexed is there before any sync");
            assertEquals(new SyncReport(2, 0, 0, List.of()), index.sync(List.of(B, A)), "nothing to do");
            assertEquals(new SyncReport(2, 1, 1, List.of()), index.sync(List.of(A, C)), "B removed, C added");
            assertEquals(1, count(index, "widget initiative"));
            assertEquals(1, count(index, "gadget initiative"));
            SearchableText changed = MadeUpTexts.withVersion(A, "v2", "Welcomes the gadget initiative,");
            assertEquals(new SyncReport(2, 1, 0, List.of()), index.sync(List.of(changed, C)), "A re-parsed");
            assertEquals(0, count(index, "widget initiative"));
            assertEquals(2, count(index, "gadget initiative"));
            assertEquals(2, index.clauseCount());
        }
    }

    @Test
    void aTextMovedToAnotherSeriesIsReindexed() throws IOException {
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.sync(List.of(A, C));
            SearchableText moved = new SearchableText(C.id(), C.version(), C.symbol(), C.session(), C.kind(), C.date(),
                    C.title(), C.file(), A.seriesId(), A.seriesTitle(), C.clauses());
            assertEquals(1, index.sync(List.of(A, moved)).indexed());
            SearchResult r = index.searcher().search("initiative", SearchMode.WORDS, 10);
            assertEquals(1, r.seriesTotal());
            assertEquals(2, r.series().get(0).textCount());
        }
    }

    @Test
    void aTextWhoseClausesCannotBeLoadedIsLeftOutAndReported() throws IOException {
        SearchableText broken = new SearchableText("/made-up/broken.txt", "v1", null, 70, null, null, null, "broken.txt",
                "b", "B", () -> {
                    throw new IOException("gone");
                });
        try (SearchIndex index = SearchIndex.inMemory()) {
            SyncReport report = index.sync(List.of(A, broken));
            assertEquals(List.of("/made-up/broken.txt"), report.failed());
            assertEquals(1, report.texts());
            assertEquals(1, count(index, "widget initiative"));
        }
    }

    @Test
    void aDamagedIndexIsRebuiltNotTrusted() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.sync(List.of(A, B, C));
        }
        // flip bytes in the middle of every data file: checksums no longer match
        for (Path f : files()) {
            byte[] bytes = Files.readAllBytes(f);
            if (bytes.length > 64 && !f.getFileName().toString().startsWith("segments")) {
                for (int i = bytes.length / 2; i < bytes.length / 2 + 8; i++) {
                    bytes[i] ^= 0x5A;
                }
                Files.write(f, bytes);
            }
        }
        try (SearchIndex index = SearchIndex.open(folder)) {
            assertNull(index.note());
            assertEquals(0, index.clauseCount(), "the damaged index was thrown away");
            assertEquals(3, index.sync(List.of(A, B, C)).indexed());
            assertEquals(2, count(index, "widget initiative"));
        }
    }

    @Test
    void aTruncatedOrForeignIndexIsRebuilt() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.sync(List.of(A));
        }
        for (Path f : files()) {
            if (f.getFileName().toString().startsWith("segments")) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (SearchIndex index = SearchIndex.open(folder)) {
            assertEquals(1, index.sync(List.of(A)).indexed());
        }
        Files.writeString(folder.resolve("segments_9"), "not an index");
        try (SearchIndex index = SearchIndex.open(folder)) {
            assertEquals(1, index.sync(List.of(A)).indexed(), "a file that is no index: start again");
            assertEquals(1, count(index, "widget initiative"));
        }
    }

    @Test
    void anIndexOfAnotherSchemaIsRebuilt() throws IOException {
        try (SearchIndex index = SearchIndex.open(folder)) {
            index.sync(List.of(A));
        }
        // an index written by another version of Clausewise: same files, other schema mark
        try (var dir = org.apache.lucene.store.FSDirectory.open(folder);
             IndexWriter w = new IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            w.setLiveCommitData(java.util.Map.of("schema", "clausewise-search-0").entrySet());
            w.commit();
        }
        try (SearchIndex index = SearchIndex.open(folder)) {
            assertEquals(1, index.sync(List.of(A)).indexed());
        }
    }

    @Test
    void aBusyFolderFallsBackToMemory() throws IOException {
        try (SearchIndex first = SearchIndex.open(folder)) {
            first.sync(List.of(A));
            try (SearchIndex second = SearchIndex.open(folder)) {
                assertNotNull(second.note());
                assertTrue(second.note().contains("in use"));
                second.sync(List.of(A, B));
                assertEquals(2, count(second, "widget initiative"));
            }
            assertEquals(1, count(first, "widget initiative"), "the first is untouched");
        }
    }

    @Test
    void aFolderThatCannotBeMadeFallsBackToMemory() throws IOException {
        Path file = folder.resolve("a-file");
        Files.writeString(file, "x");
        try (SearchIndex index = SearchIndex.open(file.resolve("index"))) {
            assertNotNull(index.note());
            index.sync(List.of(A));
            assertEquals(1, count(index, "widget initiative"));
        }
    }

    @Test
    void onlyTheMostRecentCommandLineIndexesAreKept() throws IOException {
        System.setProperty("clausewise.cache", folder.toString());
        try {
            List<Path> made = new ArrayList<>();
            for (int i = 0; i < IndexFolders.KEEP_COMMAND_LINE + 3; i++) {
                Path f = IndexFolders.forInputs(List.of(Path.of("/texts/" + i)));
                Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
                made.add(f);
            }
            IndexFolders.prune(IndexFolders.root(), IndexFolders.KEEP_COMMAND_LINE);
            try (Stream<Path> s = Files.list(IndexFolders.root())) {
                assertEquals(IndexFolders.KEEP_COMMAND_LINE, s.count());
            }
            assertTrue(Files.exists(made.get(made.size() - 1)));
            assertEquals(IndexFolders.forInputs(List.of(Path.of("/b"), Path.of("/a"))),
                    IndexFolders.forInputs(List.of(Path.of("/a"), Path.of("/b"))), "order does not matter");
        } finally {
            System.clearProperty("clausewise.cache");
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }
}
