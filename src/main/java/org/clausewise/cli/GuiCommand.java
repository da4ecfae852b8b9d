package org.clausewise.cli;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code gui}: opens the window, or with {@code --screenshot} renders a comparison to a PNG and
 * exits. The cli package must not depend on JavaFX (see the architecture test), so the desktop
 * app is started by name: {@code org.clausewise.ui.ClausewiseApp.launchApp(GuiRequest, PrintStream)}.
 * With no display (a server, CI) the screenshot picks the headless platform by itself.
 */
@Command(name = "gui",
        description = {"Open the window (the default command), or render a comparison to a PNG and exit.",
            "With --screenshot and no display (DISPLAY and WAYLAND_DISPLAY unset, or a headless JVM) it renders"
                + " headless by itself; under Xvfb or on a desktop it uses the display."},
        footer = {"", "Examples:",
            "  clausewise gui",
            "  clausewise gui --screenshot out.png --left A-RES-61-168.txt \\",
            "      --right A-RES-69-179.txt",
            "  clausewise gui --screenshot dark.png --left A.txt --right B.txt \\",
            "      --theme dark --at \"OP 8\" --size 1024x700"})
final class GuiCommand extends CliCommand {
    static final String APP_CLASS = "org.clausewise.ui.ClausewiseApp";

    enum Theme { light, dark }

    @Option(names = "--screenshot", paramLabel = "OUT.png", description = "Render to this PNG and exit.")
    String screenshot;

    @Option(names = "--left", paramLabel = "FILE", description = "The left (earlier) text of the screenshot.")
    String left;

    @Option(names = "--right", paramLabel = "FILE", description = "The right (later) text of the screenshot.")
    String right;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            description = "light or dark (default: ${DEFAULT-VALUE}).")
    Theme theme;

    @Option(names = "--size", paramLabel = "WIDTHxHEIGHT", defaultValue = "1440x900", converter = SizeConverter.class,
            description = "The window's size in pixels (default: ${DEFAULT-VALUE}).")
    Size size;

    /** A window size in pixels. */
    record Size(int width, int height) {
    }

    @Option(names = "--at", paramLabel = "CLAUSE", description = "Scroll to this clause of either text, e.g. \"OP 8\".")
    String at;

    @Override
    public Integer call() throws BadInputException, WriteFailedException {
        if (screenshot == null && (left != null || right != null || at != null)) {
            throw usage("--left, --right and --at go with --screenshot OUT.png");
        }
        if (screenshot != null && (left == null || right == null)) {
            throw usage("--screenshot needs --left FILE and --right FILE");
        }
        GuiRequest request = new GuiRequest(screenshot == null ? null : outputPath(screenshot),
                left == null ? null : inputPath(left), right == null ? null : inputPath(right),
                theme.name(), size.width(), size.height(), at);
        if (request.isScreenshot()) {
            HeadlessDisplay.pickIfNoDisplay();
        } else if (HeadlessDisplay.noDisplay(System.getenv(), System.getProperty("os.name", ""))) {
            throw new BadInputException("there is no display to open the window on (DISPLAY is not set);"
                    + " 'gui --screenshot' renders without one");
        }
        return launch(request);
    }

    private int launch(GuiRequest request) throws BadInputException {
        out().flush();
        try {
            Class<?> app = Class.forName(APP_CLASS);
            Method launch = app.getMethod("launchApp", GuiRequest.class, PrintStream.class);
            Object code = launch.invoke(null, request, err());
            return code instanceof Integer ? (Integer) code : ExitCode.OK;
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException | LinkageError e) {
            throw new BadInputException("the desktop app is not part of this build");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new BadInputException("cannot open the window: " + (cause.getMessage() == null
                    ? cause.getClass().getSimpleName() : cause.getMessage()));
        }
    }

    private static Path inputPath(String name) throws BadInputException {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new BadInputException("'" + name + "' is not a valid file name");
        }
    }

    private static Path outputPath(String name) throws WriteFailedException {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new WriteFailedException("cannot write '" + name + "': not a valid file name", e);
        }
    }

    /** "1440x900" → a size. */
    static final class SizeConverter implements ITypeConverter<Size> {
        @Override
        public Size convert(String value) {
            String[] wh = value.toLowerCase(java.util.Locale.ROOT).split("x");
            try {
                int w = Integer.parseInt(wh[0].strip());
                int h = Integer.parseInt(wh[1].strip());
                if (wh.length == 2 && w >= 320 && h >= 240 && w <= 10_000 && h <= 10_000) {
                    return new Size(w, h);
                }
            } catch (RuntimeException e) {
                // fall through to the message
            }
            throw new TypeConversionException("'" + value + "' is not a size like 1440x900 (320x240 to 10000x10000)");
        }
    }
}
