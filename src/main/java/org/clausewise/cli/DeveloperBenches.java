package org.clausewise.cli;

/**
 * Where {@code bench} comes from. The benchmarks, and the synthetic inputs only they use, are part
 * of the developer build, not of the installed app: they are compiled from {@code src/bench/java}
 * into {@code target/clausewise-bench.jar}, which the dev jar's manifest puts on its class path
 * and the installer does not copy. So {@code bench} is that jar's {@code BenchCommand} when it is
 * on the class path (the dev jar, the tests, the IDE), and otherwise {@link BenchesNotInstalled}.
 * Looked up by name, like the window, because nothing shipped may depend on the bench classes.
 */
final class DeveloperBenches {
    /** The {@code bench} command of the developer build, with its benchmarks as subcommands. */
    static final String BENCH_COMMAND = "org.clausewise.cli.BenchCommand";

    private DeveloperBenches() {
    }

    /** The class of the developer build's {@code bench} (picocli makes it), or the stand-in. */
    static Object command() {
        return command(BENCH_COMMAND);
    }

    static Object command(String className) {
        try {
            return Class.forName(className, false, DeveloperBenches.class.getClassLoader());
        } catch (ClassNotFoundException notInThisBuild) {
            return new BenchesNotInstalled();
        }
    }
}
