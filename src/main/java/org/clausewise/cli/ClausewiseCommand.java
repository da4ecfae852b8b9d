package org.clausewise.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code clausewise}: the root of the command line and the one place where commands are
 * registered (the {@code subcommands} list below; {@code bench} and {@code help} are added after
 * them by {@link #tree}, as {@code bench} comes from the developer build). With no command it
 * opens the window.
 */
@Command(name = "clausewise",
        description = "Read and compare United Nations General Assembly resolutions clause by clause.%n"
                + "With no command, opens the window.",
        versionProvider = ClausewiseCommand.Version.class,
        subcommands = {
            ParseCommand.class,
            CompareCommand.class,
            Compare3Command.class,
            HistoryCommand.class,
            AmendCommand.class,
            SeriesCommand.class,
            SearchCommand.class,
            BriefCommand.class,
            GuiCommand.class,
        },
        footer = {"", "Run 'clausewise COMMAND --help' for a command's arguments, options and examples."})
final class ClausewiseCommand extends CliCommand {
    private final Streams streams;

    ClausewiseCommand(Streams streams) {
        this.streams = streams;
    }

    /**
     * The whole tree: the commands above, then {@code bench} (the developer build's, or its
     * stand-in: {@link DeveloperBenches}), then {@code help}, in the order the help lists them.
     */
    static CommandLine tree(Streams streams, Object bench) {
        CommandLine cl = new CommandLine(new ClausewiseCommand(streams));
        cl.addSubcommand("bench", bench);
        cl.addSubcommand(new HelpCommand());
        return cl;
    }

    Streams streams() {
        return streams;
    }

    /** Reached only with options and no command ({@link Main} turns an empty line into {@code gui}). */
    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return ExitCode.OK;
    }

    /** The version Maven wrote into the jar; a build from the classes folder has none. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            try (InputStream in = Version.class.getResourceAsStream(
                    "/META-INF/maven/org.clausewise/clausewise/pom.properties")) {
                if (in == null) {
                    return new String[] {"clausewise (development build)"};
                }
                Properties p = new Properties();
                p.load(in);
                return new String[] {"clausewise " + p.getProperty("version", "(unknown version)")};
            }
        }
    }
}
