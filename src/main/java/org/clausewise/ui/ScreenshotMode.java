package org.clausewise.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.clausewise.cli.ExitCode;
import org.clausewise.files.SafeFile;
import org.clausewise.model.Resolution;
import org.clausewise.ui.theme.Theme;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.SeriesTimeline;
import org.clausewise.ui.settings.Settings;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code clausewise gui --screenshot OUT.png --left FILE --right FILE [--theme dark]}: builds the real
 * window with that comparison, lets it lay out, snapshots the scene to a PNG and returns an exit
 * code. Works under Xvfb and headless under Monocle ({@code clausewise gui} picks Monocle by itself
 * when there is no display). Bad input: one line on stderr, exit 1, no file written; a PNG that
 * cannot be written: exit 3.
 */
public final class ScreenshotMode {
    /** Pulses for RichTextFX's auto-height areas to settle before the snapshot. */
    private static final Duration SETTLE = Duration.millis(600);

    private final AppServices services;
    private final PrintStream err;

    /** @param services must use a synchronous executor: the comparison is drawn before the snapshot */
    public ScreenshotMode(AppServices services, PrintStream err) {
        this.services = services;
        this.err = err;
    }

    public int run(Path out, Path leftFile, Path rightFile, Theme theme, int width, int height) {
        return run(out, leftFile, rightFile, theme, width, height, null);
    }

    /** @param at a clause label of either text ("OP 8") to scroll to and mark current, or null for the top */
    public int run(Path out, Path leftFile, Path rightFile, Theme theme, int width, int height, String at) {
        Path target = out.toAbsolutePath();
        try {
            SafeFile.of(target, List.of(leftFile, rightFile)).check(); // before the work of rendering
        } catch (IOException e) {
            err.println("clausewise: " + oneLine(e)); // SafeFile's messages name the file and the reason
            return ExitCode.WRITE_FAILED;
        }
        LibraryEntry left;
        LibraryEntry right;
        try {
            left = read(leftFile);
            right = read(rightFile);
        } catch (UnreadableText e) {
            err.println("clausewise: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        Library library = libraryWith(left, right);
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Runnable render = () -> {
            try {
                Settings settings = Settings.defaults().withWindow(0, 0, width, height, false)
                        .withView(theme.id(), Settings.defaults().fontSize(), true, false);
                MainWindow window = new MainWindow(services, settings);
                Stage stage = new Stage();
                window.present(stage);
                window.viewModel().libraryProperty().set(library);
                window.viewModel().leftProperty().set(library.find(left.source()).orElse(left));
                window.viewModel().rightProperty().set(library.find(right.source()).orElse(right));
                window.viewer().requestFocus();
                // lay out first, then scroll to the clause asked, then let the rows settle again
                PauseTransition layout = new PauseTransition(SETTLE);
                PauseTransition settle = new PauseTransition(at == null ? Duration.ZERO : SETTLE);
                layout.setOnFinished(e -> {
                    if (at != null) {
                        goTo(window, at);
                    }
                    settle.play();
                });
                settle.setOnFinished(e -> {
                    try {
                        shot.complete(window.scene().snapshot(null));
                    } catch (RuntimeException ex) {
                        shot.completeExceptionally(ex);
                    } finally {
                        stage.hide();
                    }
                });
                layout.play();
            } catch (RuntimeException | Error e) {
                shot.completeExceptionally(e);
            }
        };
        if (System.getProperty("headless.geometry") == null) {
            // Monocle's headless screen is 1280x800 unless told otherwise; a bigger window overflows it
            System.setProperty("headless.geometry", Math.max(width, 1280) + "x" + Math.max(height, 800) + "-32");
        }
        boolean started = FxStartup.runOnFxThread(render);
        try {
            WritableImage image = shot.get(60, TimeUnit.SECONDS);
            writePng(image, target, List.of(leftFile, rightFile));
            return 0;
        } catch (ExecutionException e) {
            err.println("clausewise: screenshot failed: " + oneLine(e.getCause()));
            return 1;
        } catch (TimeoutException e) {
            err.println("clausewise: screenshot failed: the window did not render within 60 s");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (IOException e) {
            err.println("clausewise: " + oneLine(e)); // SafeFile's messages name the file and the reason
            return ExitCode.WRITE_FAILED;
        } finally {
            if (started) {
                Platform.exit();
            }
        }
    }

    private static void goTo(MainWindow window, String label) {
        var viewer = window.viewModel().viewer();
        viewer.visibleRows().stream()
                .filter(r -> (r.right() != null && r.right().label().equalsIgnoreCase(label))
                        || (r.right() == null && r.left() != null && r.left().label().equalsIgnoreCase(label)))
                .findFirst().ifPresent(viewer::goTo);
    }

    private LibraryEntry read(Path file) throws UnreadableText {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableText(file + ": no such file");
        }
        try {
            Resolution r = services.reader().read(file);
            return new LibraryEntry(file.toAbsolutePath().normalize(), r);
        } catch (Exception e) {
            throw new UnreadableText(file.getFileName() + ": " + oneLine(e));
        }
    }

    /** The library for the sidebar; the two texts are added in a group of their own if it lacks them. */
    private Library libraryWith(LibraryEntry left, LibraryEntry right) {
        Library lib;
        try {
            lib = services.library().load(p -> { });
        } catch (IOException | RuntimeException e) {
            lib = Library.empty();
        }
        List<LibraryEntry> missing = new ArrayList<>();
        for (LibraryEntry e : List.of(left, right)) {
            if (lib.find(e.source()).isEmpty() && !missing.contains(e)) {
                missing.add(e);
            }
        }
        if (missing.isEmpty()) {
            return lib;
        }
        List<SeriesTimeline> series = new ArrayList<>(lib.series());
        series.add(new SeriesTimeline("Opened files", missing, List.of()));
        return new Library(series, lib.failures());
    }

    /** PNG through {@link SafeFile}: never over one of {@code inputs}, never half a file. */
    static void writePng(WritableImage image, Path target, List<Path> inputs) throws IOException {
        SafeFile.of(target, inputs).write(out -> {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    private static String oneLine(Throwable e) {
        String m = e == null ? null : e.getMessage();
        if (m == null || m.isBlank()) {
            return e == null ? "unknown error" : e.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse(m);
    }

    private static final class UnreadableText extends Exception {
        UnreadableText(String message) {
            super(message);
        }
    }
}
