package org.clausewise.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code clausewise}: the root of the command line and the one place where commands are
 * registered (the {@code subcommands} list below). With no command it opens the window.
 */
@Command(name = "clausewise",
        description = "Read and compare United Nations General Assembly resolutions clause by clause.%n"
                + "With no command, opens the window.",
        versionProvider = ClausewiseCommand.Version.class,
        subcommands = {
            ParseCommand.class,
            CompareCommand.class,
            HistoryCommand.class,
            SeriesCommand.class,
            BriefCommand.class,
            GuiCommand.class,
            BenchCommand.class,
            HelpCommand.class,
        },
        footer = {"", "Run 'clausewise COMMAND --help' for a command's arguments, options and examples."})
final class ClausewiseCommand extends CliCommand {
    private final Streams streams;

    ClausewiseCommand(Streams streams) {
        this.streams = streams;
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
