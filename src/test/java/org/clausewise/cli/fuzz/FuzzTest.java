package org.clausewise.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A short fuzzing run in every build: the same 500 inputs each time (fixed seed), made from the
 * corpus and the test texts, fed to the parser, the comparison and the PDF export. At length:
 * {@code java -jar target/clausewise.jar bench fuzz 1000000}.
 */
class FuzzTest {
    static List<byte[]> seeds() {
        return Seeds.load(List.of(Path.of("corpus"), Path.of("src", "test", "resources")));
    }

    @Test
    void fiveHundredMutatedTextsNeitherCrashNorCrawl() {
        List<byte[]> seeds = seeds();
        assertTrue(seeds.size() >= 11, "the corpus texts are seeds");
        FuzzReport report = new Fuzzer(new Mutator(14, seeds)).run(500, f -> { });
        String found = report.findings().stream()
                .map(f -> f.kind() + " in " + f.target().id() + ": " + f.what()).collect(Collectors.joining("\n"));
        assertEquals("", found, report.describe());
        assertEquals(500, report.inputs());
        assertTrue(report.perTarget().get(FuzzTarget.EXPORT) >= 2, "the export is fuzzed too");
    }

    /** With the official PDFs beside the project (never in it), mutated PDFs go to the PDF reader too. */
    @Test
    void mutatedOfficialPdfsAreReadOrRefusedCleanly() {
        List<byte[]> pdfs = Seeds.pdfs(Path.of("..", "shared", "pdf"), 10);
        org.junit.jupiter.api.Assumptions.assumeFalse(pdfs.isEmpty(), "../shared/pdf is not here");
        FuzzReport report = new Fuzzer(new Mutator(14, seeds()), new Mutator(14, pdfs)).run(200, f -> { });
        assertEquals(2, report.perTarget().get(FuzzTarget.PARSE_PDF));
        assertEquals(List.of(), report.findings().stream().map(f -> f.kind() + ": " + f.what()).toList());
    }

    @Test
    void theSameSeedMakesTheSameInputs() {
        List<byte[]> seeds = seeds();
        Mutator a = new Mutator(79, seeds);
        Mutator b = new Mutator(79, seeds);
        for (int i = 0; i < 200; i++) {
            assertTrue(java.util.Arrays.equals(a.next(), b.next()), "input " + i);
        }
    }
}
