package org.clausewise.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.clausewise.ingest.InputException;

/**
 * The fuzz targets under Jazzer, coverage-guided. In the normal build this replays only the inputs
 * kept beside it (src/test/resources/org/clausewise/cli/fuzz/CoverageGuidedFuzzTestInputs/METHOD/);
 * to search, run one method at a time with {@code JAZZER_FUZZ=1}, e.g.
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=CoverageGuidedFuzzTest#parse}. A refusal with a message
 * ({@link InputException}) is the right answer to bad input; anything else thrown is a finding.
 */
class CoverageGuidedFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void parse(byte[] input) throws Exception {
        run(FuzzTarget.PARSE, input);
    }

    @FuzzTest(maxDuration = "5m")
    void compare(byte[] input) throws Exception {
        run(FuzzTarget.COMPARE, input);
    }

    private static void run(FuzzTarget target, byte[] input) throws Exception {
        try {
            target.run(input);
        } catch (InputException refused) {
            // one clear message: correct behaviour
        }
    }
}
