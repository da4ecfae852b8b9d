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
 * the one line. Then add the class to the {@code subcommands} list of {@code ClausewiseCommand}, or
 * of {@code BenchCommand} for a benchmark ({@code bench import}), and say it in README and, if it
 * prints JSON, in docs/cli-contract.md. {@code HelpTest} checks its help; nothing else to register.
 *
 * <p>Nothing here imports JavaFX: {@code gui} starts the desktop app by name with a
 * {@link org.clausewise.cli.GuiRequest}.
 */
package org.clausewise.cli;
