package org.clausewise.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.clausewise.cli.ExitCode;
import org.clausewise.cli.GuiRequest;
import org.clausewise.ui.background.DirectExecutor;
import org.clausewise.ui.background.FxBackgroundExecutor;
import org.clausewise.ui.theme.Theme;

import java.io.PrintStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The desktop app. {@link #launchApp(GuiRequest, PrintStream)} is what {@code clausewise gui} calls
 * (by name, so the command line stays free of JavaFX; it has parsed and checked the arguments): it
 * opens the window, or renders a screenshot and exits.
 */
public final class ClausewiseApp extends Application {
    /**
     * JavaFX warns on every start that it was loaded from the class path rather than as modules;
     * true, harmless, and noise on stderr, where users look for real errors. Held so it is not collected.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private FxBackgroundExecutor executor;

    /** Opens the window and returns when it closes; or writes the screenshot asked. Returns the exit code. */
    public static int launchApp(GuiRequest request, PrintStream err) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        try {
            if (request.isScreenshot()) {
                AppServices services = CompositionRoot.create(new DirectExecutor());
                return new ScreenshotMode(services, err).run(request.screenshot(), request.left(), request.right(),
                        Theme.fromId(request.theme()), request.width(), request.height(), request.at());
            }
            Application.launch(ClausewiseApp.class);
            return ExitCode.OK;
        } catch (RuntimeException | Error e) {
            // typically no display: say so in one line instead of a stack trace
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("");
            err.println("clausewise: cannot open the window: " + m);
            return ExitCode.BAD_INPUT;
        }
    }

    @Override
    public void start(Stage stage) {
        executor = new FxBackgroundExecutor();
        AppServices services = CompositionRoot.create(executor);
        new MainWindow(services, services.settings().load()).show(stage);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        Platform.exit();
    }
}
