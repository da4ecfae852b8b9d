package org.clausewise.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every input that fuzzing found to crash or crawl, kept under {@code src/test/resources/fuzz/TARGET/}
 * (minimized or rebuilt small by hand), runs again on its target: accepted or refused with a
 * message, within 1 s of CPU per 10 KB.
 */
class FuzzRegressionTest {
    private static final Path FOLDER = Path.of("src", "test", "resources", "fuzz");

    @TestFactory
    Stream<DynamicTest> everyKeptFindingRunsCleanly() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() >= 3, "the findings are kept");
        Fuzzer fuzzer = new Fuzzer(new Mutator(0, List.of(new byte[0])));
        return files.stream().map(file -> DynamicTest.dynamicTest(FOLDER.relativize(file).toString(), () -> {
            FuzzTarget target = FuzzTarget.valueOf(file.getParent().getFileName().toString().toUpperCase(java.util.Locale.ROOT));
            byte[] input = Files.readAllBytes(file);
            Fuzzer.Outcome outcome = fuzzer.runOnce(target, input);
            if (outcome.result() == Fuzzer.Result.SLOW) {
                outcome = fuzzer.runOnce(target, input); // a first run meets class loading and JIT
            }
            assertTrue(outcome.result() == Fuzzer.Result.ACCEPTED || outcome.result() == Fuzzer.Result.REFUSED,
                    outcome.result() + ": " + outcome.what());
        }));
    }
}
