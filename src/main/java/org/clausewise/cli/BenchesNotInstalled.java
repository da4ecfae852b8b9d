package org.clausewise.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code bench} in the installed app, which carries no benchmarks ({@link DeveloperBenches}): says
 * where they are, whatever benchmark or option was asked, and exits with the usage code.
 */
@Command(name = "bench",
        description = {"Print speed figures: part of the developer build, not of the installed app.",
            "Benchmarks run from a checkout of Clausewise: build it with './mvnw -B package -DskipTests',"
                + " then run 'java -jar target/clausewise.jar bench'."})
final class BenchesNotInstalled extends CliCommand {
    static final String MESSAGE = "benchmarks are part of the developer build, not of the installed app:"
            + " run 'java -jar target/clausewise.jar bench' in a checkout of Clausewise";

    /** Whatever followed {@code bench} (a benchmark's name, its options): answered with the same line. */
    @Unmatched
    List<String> asked = new ArrayList<>();

    @Override
    public Integer call() {
        throw usage(MESSAGE);
    }
}
