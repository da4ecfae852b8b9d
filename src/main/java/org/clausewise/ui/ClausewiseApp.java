package org.clausewise.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.clausewise.ui.background.DirectExecutor;
import org.clausewise.ui.background.FxBackgroundExecutor;
import org.clausewise.ui.screenshot.ScreenshotMode;

import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The desktop app. {@link #launchApp(String[])} is what {@code clausewise gui} calls (by name, so
 * the command line stays free of JavaFX): it opens the window, or renders a screenshot and exits.
 */
public final class ClausewiseApp extends Application {
    /**
     * JavaFX warns on every start that it was loaded from the class path rather than as modules;
     * true, harmless, and noise on stderr, where users look for real errors. Held so it is not collected.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private FxBackgroundExecutor executor;

    /** Opens the window and returns when it closes; or, with --screenshot, writes the PNG. Returns the exit code. */
    public static int launchApp(String[] args) {
        GuiOptions options;
        try {
            options = GuiOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println("clausewise: " + e.getMessage());
            return 2;
        }
        JAVAFX_LOG.setLevel(Level.SEVERE);
        try {
            if (options.isScreenshot()) {
                AppServices services = CompositionRoot.create(new DirectExecutor());
                return new ScreenshotMode(services, System.err).run(options.screenshot(), options.left(),
                        options.right(), options.theme(), options.width(), options.height(), options.at());
            }
            Application.launch(ClausewiseApp.class);
            return 0;
        } catch (RuntimeException | Error e) {
            // typically no display: say so in one line instead of a stack trace
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("");
            System.err.println("clausewise: cannot open the window: " + m);
            return 1;
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
