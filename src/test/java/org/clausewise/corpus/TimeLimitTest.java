package org.clausewise.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading runs each file with a time limit: a hung parse is skipped, never blocks the others, never piles up threads. */
class TimeLimitTest {
    @TempDir
    Path texts;
    /** Set at the end of each test, so the "hung" parses end and their threads with them. */
    private final AtomicBoolean release = new AtomicBoolean();

    @AfterEach
    void releaseHungParses() throws InterruptedException {
        release.set(true);
        for (int i = 0; i < 100 && TimeLimitedReads.stuckNow() > 0; i++) {
            Thread.sleep(20);
        }
    }

    @BeforeAll
    static void warmUpTheParser() throws Exception {
        // a cold first parse (class loading, JIT) must not count against the short limits below
        for (int i = 0; i < 3; i++) {
            ResolutionFiles.read(Path.of("corpus", "A-RES-72-186.txt"));
        }
    }

    /**
     * Parses normally, except files named hang-*.txt, which never end until the test is over and
     * never listen to interrupts (they wait rather than spin, so they do not starve the others).
     */
    private Resolution read(Path file) throws Exception {
        if (file.getFileName().toString().startsWith("hang")) {
            while (!release.get()) {
                LockSupport.parkNanos(1_000_000);
            }
        }
        return ResolutionFiles.read(file);
    }

    private void copyTexts(String... names) throws IOException {
        for (String n : names) {
            Files.copy(Path.of("corpus", n), texts.resolve(n));
        }
    }

    /** Parses normally, except files named spin-*.txt, which loop (as a runaway pattern would) until the test ends. */
    private Resolution readSpinning(Path file) throws Exception {
        if (file.getFileName().toString().startsWith("spin")) {
            long x = 0;
            while (!release.get()) {
                x += System.nanoTime() % 7;
            }
            return x == 42 ? null : ResolutionFiles.read(file);
        }
        return ResolutionFiles.read(file);
    }

    @Test
    void aParseThatKeepsTheProcessorBusyIsGivenUpByTheProcessorTimeItUsed() throws IOException {
        copyTexts("A-RES-73-179.txt");
        Files.copy(Path.of("corpus", "A-RES-72-186.txt"), texts.resolve("spin-1.txt"));
        Corpus c = new CorpusLoader(this::readSpinning, ResolutionFiles::isCandidate, null, Duration.ofMillis(500))
                .load(List.of(texts));
        assertEquals(List.of("A-RES-73-179.txt"), c.entries().stream().map(CorpusEntry::fileName).toList());
        assertEquals("skipped: took too long (over 0.5 s)", c.failures().get(0).message());
    }

    @Test
    void aHungParseIsSkippedWithAClearLineAndTheOthersLoad() throws IOException {
        copyTexts("A-RES-73-179.txt", "A-RES-75-176.txt", "A-RES-79-175.txt");
        Files.copy(Path.of("corpus", "A-RES-72-186.txt"), texts.resolve("hang-1.txt"));
        long start = System.nanoTime();
        Corpus c = new CorpusLoader(this::read, ResolutionFiles::isCandidate, null, Duration.ofMillis(800))
                .load(List.of(texts));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(3, c.entries().size());
        assertEquals(1, c.failures().size());
        assertEquals("skipped: took too long (over 0.8 s)", c.failures().get(0).message());
        assertTrue(seconds < 3 + TimeLimitedReads.WALL_FACTOR * 0.8, "the load did not wait for the hung parse: " + seconds + " s");
    }

    @Test
    void manyHungParsesNeverHoldMoreThanAFewThreads() throws IOException {
        copyTexts("A-RES-73-179.txt");
        for (int i = 0; i < 12; i++) {
            Files.copy(Path.of("corpus", "A-RES-72-186.txt"), texts.resolve("hang-" + i + ".txt"));
        }
        int before = Thread.activeCount();
        Corpus c = new CorpusLoader(this::read, ResolutionFiles::isCandidate, null, Duration.ofMillis(100))
                .load(List.of(texts));
        int bound = TimeLimitedReads.MAX_STUCK + Runtime.getRuntime().availableProcessors();
        assertTrue(TimeLimitedReads.stuckNow() <= bound, "stuck " + TimeLimitedReads.stuckNow());
        assertTrue(Thread.activeCount() - before <= bound, "threads grew by " + (Thread.activeCount() - before));
        assertEquals(12, c.failures().size());
        Set<String> messages = c.failures().stream().map(LoadFailure::message).collect(Collectors.toSet());
        assertTrue(messages.stream().allMatch(m -> m.startsWith("skipped:")), messages.toString());
        assertEquals(List.of("A-RES-73-179.txt"), c.entries().stream().map(CorpusEntry::fileName).toList());
    }

    @Test
    void aCancelledLoadStopsSoonAndKeepsWhatItRead() throws IOException {
        copyTexts("A-RES-61-168.txt", "A-RES-65-218.txt", "A-RES-67-169.txt", "A-RES-69-179.txt",
                "A-RES-73-179.txt", "A-RES-75-176.txt");
        AtomicInteger seen = new AtomicInteger();
        List<LoadProgress> progress = new ArrayList<>();
        Corpus c = new CorpusLoader(ResolutionFiles::read, ResolutionFiles::isCandidate, null, Duration.ofSeconds(10))
                .load(List.of(texts), p -> {
                    progress.add(p);
                    seen.incrementAndGet();
                }, () -> seen.get() >= 3);
        assertTrue(c.entries().size() >= 2 && c.entries().size() < 6, c.entries().size() + " texts");
        assertEquals(List.of(), c.failures(), "cancelled files are not failures");
    }
}
