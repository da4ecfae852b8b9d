package org.clausewise.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.clausewise.ingest.ResolutionFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent index: a warm start parses nothing; a damaged, cut, foreign or stale cache is rebuilt. */
class TextIndexTest {
    private static final Path CORPUS = Path.of("corpus");
    @TempDir
    Path texts;
    @TempDir
    Path cache;
    private final AtomicInteger parsed = new AtomicInteger();

    @BeforeEach
    void copyThreeTexts() throws IOException {
        for (String f : List.of("A-RES-73-179.txt", "A-RES-75-176.txt", "A-RES-79-175.txt")) {
            Files.copy(CORPUS.resolve(f), texts.resolve(f));
        }
    }

    private Corpus load(String version) {
        TextIndex index = TextIndex.open(cache, version);
        return new CorpusLoader(file -> {
            parsed.incrementAndGet();
            return ResolutionFiles.read(file);
        }, ResolutionFiles::isCandidate, index, Duration.ofSeconds(30)).load(List.of(texts));
    }

    @Test
    void aWarmStartParsesNothingAndOpensTheSameTexts() throws Exception {
        Corpus cold = load("v1");
        assertEquals(3, parsed.getAndSet(0));
        Corpus warm = load("v1");
        assertEquals(0, parsed.get());
        assertEquals(3, warm.entries().size());
        for (int i = 0; i < 3; i++) {
            assertEquals(cold.entries().get(i).summary(), warm.entries().get(i).summary());
            assertEquals(ResolutionFiles.read(cold.entries().get(i).source()), warm.entries().get(i).resolution());
        }
        assertEquals(1, warm.series().size());
    }

    @Test
    void aTouchedFileIsKnownByItsContentAndAChangedOneIsParsedAgain() throws IOException {
        load("v1");
        parsed.set(0);
        Path touched = texts.resolve("A-RES-73-179.txt");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 60_000));
        Path changed = texts.resolve("A-RES-75-176.txt");
        Files.writeString(changed, Files.readString(changed).replace("Reaffirming", "Reaffirming again"));
        Corpus warm = load("v1");
        assertEquals(1, parsed.get(), "only the changed text is parsed");
        assertTrue(warm.find(changed).orElseThrow().resolution().preamble().stream()
                .anyMatch(c -> c.text().contains("again")));
    }

    @Test
    void aDamagedCatalogIsRebuiltNotTrusted() throws IOException {
        load("v1");
        Path catalog = cache.resolve(TextIndex.CATALOG);
        byte[] bytes = Files.readAllBytes(catalog);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(catalog, bytes);
        assertRebuilt("damaged");
    }

    @Test
    void aTruncatedCatalogIsRebuilt() throws IOException {
        load("v1");
        Path catalog = cache.resolve(TextIndex.CATALOG);
        byte[] bytes = Files.readAllBytes(catalog);
        Files.write(catalog, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertRebuilt("cut short");
    }

    @Test
    void aForeignFileInPlaceOfTheCatalogIsRebuilt() throws IOException {
        Files.createDirectories(cache);
        Files.writeString(cache.resolve(TextIndex.CATALOG), "not ours at all, just some text of someone else's");
        parsed.set(0);
        TextIndex index = TextIndex.open(cache, "v1");
        assertTrue(index.problem().contains("not a clausewise catalog file"), index.problem());
        load("v1");
        assertEquals(3, parsed.get());
    }

    @Test
    void anIndexWrittenByAnotherParserVersionIsStaleAndRebuilt() {
        load("v1");
        assertRebuiltFor("v2", "another version");
        parsed.set(0);
        load("v2");
        assertEquals(0, parsed.get(), "rebuilt for the new version, then warm again");
    }

    @Test
    void aDamagedPackIsNotTrustedTheTextIsParsedAgainWhenOpened() throws Exception {
        load("v1");
        try (Stream<Path> packs = Files.list(cache)) {
            for (Path pack : packs.filter(p -> p.toString().endsWith(".pack")).toList()) {
                byte[] bytes = Files.readAllBytes(pack);
                for (int i = bytes.length / 3; i < bytes.length; i += 997) {
                    bytes[i] ^= 0x20;
                }
                Files.write(pack, bytes);
            }
        }
        parsed.set(0);
        Corpus warm = load("v1");
        assertEquals(0, parsed.get(), "the summaries are still good");
        for (CorpusEntry e : warm.entries()) {
            assertEquals(ResolutionFiles.read(e.source()), e.resolution());
        }
        assertTrue(parsed.get() > 0, "damaged texts were parsed again, not decoded wrongly");
    }

    @Test
    void aBadFileIsRememberedAndNotReadAgainUntilItChanges() throws IOException {
        Files.writeString(texts.resolve("empty.txt"), "   ");
        Corpus first = load("v1");
        assertEquals(1, first.failures().size());
        parsed.set(0);
        Corpus second = load("v1");
        assertEquals(0, parsed.get());
        assertEquals(first.failures().get(0).message(), second.failures().get(0).message());
    }

    @Test
    void aCacheThatCannotBeWrittenCostsNothingButTheCache() throws IOException {
        Path blocked = cache.resolve("blocked");
        Files.writeString(blocked, "a file where the cache folder should be");
        TextIndex index = TextIndex.open(blocked, "v1");
        Corpus c = new CorpusLoader(ResolutionFiles::read, ResolutionFiles::isCandidate, index, Duration.ofSeconds(30))
                .load(List.of(texts));
        assertEquals(3, c.entries().size());
        assertNotNull(index.problem());
        assertEquals(3, c.entries().stream().map(CorpusEntry::resolution).count());
    }

    @Test
    void aFreshCacheHasNoProblem() {
        load("v1");
        assertNull(TextIndex.open(cache, "v1").problem());
    }

    private void assertRebuilt(String why) {
        assertRebuiltFor("v1", why);
    }

    private void assertRebuiltFor(String version, String why) {
        TextIndex index = TextIndex.open(cache, version);
        assertNotNull(index.problem());
        assertTrue(index.problem().contains(why), index.problem());
        assertEquals(0, index.size());
        parsed.set(0);
        Corpus again = load(version);
        assertEquals(3, parsed.get());
        assertEquals(3, again.entries().size());
    }
}
