package org.clausewise.ui;

import javafx.scene.control.Alert;
import javafx.stage.Stage;

import java.util.function.Supplier;
import org.clausewise.ui.theme.Theme;

/**
 * The window's message dialogs, in the current theme and owned by the window. They do not block:
 * the window (and any background work) goes on while a message is shown.
 */
final class Dialogs {
    private final Supplier<Stage> owner;
    private final Supplier<Theme> theme;

    Dialogs(Supplier<Stage> owner, Supplier<Theme> theme) {
        this.owner = owner;
        this.theme = theme;
    }

    /** An error: a title and the one-line message, never a stack trace. */
    void error(String title, String message) {
        show(new Alert(Alert.AlertType.ERROR, message), title);
    }

    void inform(String title, String message) {
        show(new Alert(Alert.AlertType.INFORMATION, message), title);
    }

    /** A window of reference (the F1 table): the content scrolls when the screen is small; Escape or OK closes. */
    void table(String title, javafx.scene.Node content) {
        Alert alert = new Alert(Alert.AlertType.NONE, "", javafx.scene.control.ButtonType.OK);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        scroll.setPrefViewportWidth(600);
        scroll.getStyleClass().add("shortcut-scroll");
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        show(alert, title);
    }

    private void show(Alert alert, String title) {
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (owner.get() != null) {
            alert.initOwner(owner.get());
        }
        alert.getDialogPane().getStylesheets().setAll(theme.get().stylesheets());
        alert.show();
    }
}
