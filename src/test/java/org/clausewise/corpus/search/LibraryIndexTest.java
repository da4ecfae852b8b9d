package org.clausewise.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.TextIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search over a library opened from its index (the library's persistent index of parsed texts):
 * a text the search index already holds is not read again, a changed file is.
 */
class LibraryIndexTest {
    private static final Path CORPUS = Path.of("corpus");
    @TempDir
    Path texts;
    @TempDir
    Path cache;
    @TempDir
    Path searchFolder;

    @BeforeEach
    void copyThreeTexts() throws IOException {
        for (String f : List.of("A-RES-73-179.txt", "A-RES-75-176.txt", "A-RES-79-175.txt")) {
            Files.copy(CORPUS.resolve(f), texts.resolve(f));
        }
    }

    private Corpus open() {
        return CorpusLoader.withIndex(TextIndex.open(cache)).load(List.of(texts));
    }

    @Test
    void anIndexedLibraryIsNotReadAgainAndAChangedFileIs() throws IOException {
        try (SearchIndex index = SearchIndex.open(searchFolder)) {
            assertEquals(new SyncReport(3, 3, 0, List.of()), index.sync(CorpusTexts.of(open())));
        }
        try (SearchIndex index = SearchIndex.open(searchFolder)) {
            assertEquals(new SyncReport(3, 0, 0, List.of()), index.sync(CorpusTexts.of(open())),
                    "a warm library: every text's version is the same without reading it");
            Path changed = texts.resolve("A-RES-75-176.txt");
            Files.writeString(changed, Files.readString(changed).replace("Reaffirming", "Reaffirming zyxwvut"));
            Files.setLastModifiedTime(changed, FileTime.fromMillis(Files.getLastModifiedTime(changed).toMillis() + 60_000));
            assertEquals(new SyncReport(3, 1, 0, List.of()), index.sync(CorpusTexts.of(open())), "only the changed file");
            assertEquals(1, index.searcher().search("zyxwvut", SearchMode.EXACT, 10).texts());
        }
    }

    @Test
    void aLibraryTextIsFoundAsAParsedOneIs() throws IOException {
        Corpus library = open();
        try (SearchIndex fromLibrary = SearchIndex.inMemory(); SearchIndex fromParsed = SearchIndex.inMemory()) {
            fromLibrary.sync(CorpusTexts.of(library));
            fromParsed.sync(library.entries().stream()
                    .map(e -> CorpusTexts.text(e.source().toString(), e.resolution(), e.fileName(), "one", "one"))
                    .toList());
            for (String phrase : List.of("human rights", "Reaffirming", "Requests the Secretary-General")) {
                for (SearchMode mode : SearchMode.values()) {
                    assertEquals(fromParsed.searcher().search(phrase, mode, 10).clauses(),
                            fromLibrary.searcher().search(phrase, mode, 10).clauses(), phrase + " " + mode);
                }
            }
        }
    }
}
