package org.clausewise.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.clausewise.ingest.InputException;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The fuzz targets under Jazzer, coverage-guided: small inputs that reach new code, where the
 * seeded mutator of {@code bench fuzz} makes large ones that find what is slow. Jazzer's agent
 * costs half a minute even to replay, so this runs only when asked, one method at a time:
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=CoverageGuidedFuzzTest#parse} (its corpus goes to
 * .cifuzz-corpus/). Findings are kept under src/test/resources/fuzz/TARGET/ and replayed in every
 * build by {@link FuzzRegressionTest}. A refusal with a message ({@link InputException}) is the
 * right answer to bad input; anything else thrown is a finding.
 */
@EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
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
