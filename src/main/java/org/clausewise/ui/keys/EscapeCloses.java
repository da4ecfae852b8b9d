package org.clausewise.ui.keys;

import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Escape closes every window but the main one: the clause history, the series overview, the
 * search and three-way windows, the F1 table and every message dialog. Done once for all windows
 * as they open (watching {@link Window#getWindows()}), so a window added later closes on Escape
 * without anyone remembering to say so. Closing asks the window as its title bar's close button
 * does, so a dialog closes the way it would on a click.
 */
public final class EscapeCloses {
    private static final String MARK = EscapeCloses.class.getName();

    private EscapeCloses() {
    }

    /** From now on, Escape closes each window that opens, other than {@code main}. */
    public static void everyWindowBut(Window main) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (w != main && w instanceof Stage stage) {
                        install(stage);
                    }
                }
            }
        });
        for (Window w : Window.getWindows()) {
            if (w != main && w instanceof Stage stage) {
                install(stage);
            }
        }
    }

    /** Escape closes this window (its scene now and any scene it gets later). */
    public static void install(Stage stage) {
        if (stage.getProperties().containsKey(MARK)) {
            return;
        }
        stage.getProperties().put(MARK, Boolean.TRUE);
        EventHandler<KeyEvent> onEscape = e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed() && stage.isShowing()) {
                e.consume();
                Event.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        };
        if (stage.getScene() != null) {
            stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, onEscape);
        }
        stage.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, onEscape);
            }
            if (now != null) {
                now.addEventHandler(KeyEvent.KEY_PRESSED, onEscape);
            }
        });
    }

    /** Whether Escape closes this scene's window (for tests). */
    static boolean isInstalled(Scene scene) {
        return scene.getWindow() != null && scene.getWindow().getProperties().containsKey(MARK);
    }
}
