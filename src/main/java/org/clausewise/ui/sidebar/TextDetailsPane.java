package org.clausewise.ui.sidebar;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clausewise.corpus.MissingFile;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.TextDetails;

/**
 * Under the library tree: where the selected text comes from (its file, bundled or added and
 * through which folder, size, when it was read and changed, its other copies) and what the parser
 * had to guess. Hidden while nothing is selected, and closable; the tooltip of a row says the
 * first of it.
 */
final class TextDetailsPane extends VBox {
    static final String DETAILS = "text-details";
    /** Warnings shown before "and n more". */
    private static final int WARNINGS_SHOWN = 4;

    private final SidebarActions actions;
    private final VBox body = new VBox(2);
    private final Label heading = new Label();
    private Object shown;
    private boolean closed;

    TextDetailsPane(SidebarActions actions) {
        this.actions = actions;
        getStyleClass().add(DETAILS);
        setId("text-details");
        heading.getStyleClass().add("details-heading");
        heading.setMinWidth(0);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        Button close = new Button("\u2715");
        close.getStyleClass().add("small-button");
        close.setFocusTraversable(false);
        close.setTooltip(new Tooltip("Close the details (they open again when you pick another text)"));
        close.setOnAction(e -> {
            closed = true;
            show(null);
        });
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMaxHeight(170);
        scroll.setMinHeight(110); // a long library must not squeeze the details to two lines
        scroll.getStyleClass().add("details-scroll");
        getChildren().addAll(new HBox(4, heading, close), scroll);
        show(null);
    }

    /** Shows the details of a text or missing file; anything else hides the pane. */
    void show(Object value) {
        if (value != shown && value != null) {
            closed = false;
        }
        shown = value;
        boolean visible = !closed && (value instanceof LibraryEntry || value instanceof MissingFile);
        setVisible(visible);
        setManaged(visible);
        if (!visible) {
            return;
        }
        if (value instanceof MissingFile missing) {
            fill(TextDetails.of(missing));
        } else if (value instanceof LibraryEntry entry) {
            heading.setText(entry.displayName());
            body.getChildren().setAll(line("\u2026"));
            actions.describe(entry, details -> {
                if (shown == entry) {
                    fill(details);
                }
            });
        }
    }

    private void fill(TextDetails d) {
        heading.setText(d.heading());
        body.getChildren().clear();
        for (String l : d.lines()) {
            body.getChildren().add(line(l));
        }
        int n = d.warnings().size();
        body.getChildren().add(line(n == 0 ? "The parser read it without a warning"
                : n == 1 ? "1 warning of the parser:" : n + " warnings of the parser:"));
        for (int i = 0; i < Math.min(n, WARNINGS_SHOWN); i++) {
            Label w = line("\u2022 " + d.warnings().get(i));
            w.getStyleClass().add("warning");
            body.getChildren().add(w);
        }
        if (n > WARNINGS_SHOWN) {
            body.getChildren().add(line("and " + (n - WARNINGS_SHOWN) + " more"));
        }
    }

    private static Label line(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(Styles.MUTED);
        l.setTooltip(new Tooltip(text));
        return l;
    }
}
