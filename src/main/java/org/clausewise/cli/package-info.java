/**
 * The command line: {@code clausewise parse | compare | history | gui | bench ...}, parsed by
 * picocli. {@link org.clausewise.cli.Main} runs it; {@link org.clausewise.cli.ClausewiseCommand}
 * lists the commands; every command and benchmark gets {@code --help}, {@code --version} and the
 * exit codes of {@link org.clausewise.cli.ExitCode} from one place ({@code Main.configure}).
 *
 * <h2>How to add a command</h2>
 * Write a class {@code extends CliCommand} annotated {@code @Command(name = "series", description =
 * "One line.", footer = {"", "Examples:", "  clausewise series corpus --json"})}; declare its
 * arguments as picocli fields ({@code @Mixin FilesOrFolders inputs;} for {@code FILES_OR_FOLDERS...},
 * which expands folders to their texts; {@code @Mixin JsonOption json;} for {@code --json};
 * {@code @Option}/{@code @Parameters} for the rest); in {@code call()} print with {@code out()} and
 * {@code err()} and return {@link org.clausewise.cli.ExitCode#OK}. For bad input throw
 * {@link org.clausewise.cli.BadInputException} (or let an {@code InputException} through): exit 1;
 * for a file that cannot be written {@link org.clausewise.cli.WriteFailedException}: exit 3; for a
 * command-line mistake picocli cannot see, {@code throw usage("...")}: exit 2. {@code Main} prints
 * the one line. Then add the class to the {@code subcommands} list of {@code ClausewiseCommand}, and
 * say it in README and, if it prints JSON, in docs/cli-contract.md. {@code HelpTest} checks its help;
 * nothing else to register.
 *
 * <h2>How to add a benchmark</h2>
 * Benchmarks are developer tools, not part of the installed app: their sources live in
 * {@code src/bench/java} (same package, {@code org.clausewise.cli}), built into
 * {@code target/clausewise-bench.jar}, which {@code java -jar target/clausewise.jar bench} finds on
 * its class path ({@link org.clausewise.cli.DeveloperBenches}). Write the class there like a command,
 * named {@code SomethingBench}, add it to the {@code subcommands} list of {@code BenchCommand}
 * (also there), and put anything only it uses (a synthetic corpus, a sample PDF maker) beside it.
 * Its tests stay in {@code src/test/java}; they see the bench classes. The shipped classes must not
 * use them: {@code ArchitectureTest} fails on a {@code *Bench} class in {@code src/main/java}.
 *
 * <p>Nothing here imports JavaFX: {@code gui} starts the desktop app by name with a
 * {@link org.clausewise.cli.GuiRequest}.
 */
package org.clausewise.cli;
