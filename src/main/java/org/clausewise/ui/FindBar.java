package org.clausewise.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.viewer.ViewerViewModel;

/**
 * Find in both texts (Ctrl+F): a bar above the viewer with where the match stands ("3 of 12").
 * Enter or F3 goes to the next match, Shift+Enter or Shift+F3 to the previous one; Escape closes.
 * The focus stays in the field while stepping through matches, so Enter can be pressed again.
 */
final class FindBar extends HBox {
    private final FindViewModel find;
    private final TextField query = new TextField();
    private final Label position = new Label();

    FindBar(FindViewModel find) {
        super(8);
        this.find = find;
        getStyleClass().add(Styles.FIND_BAR);
        setAlignment(Pos.CENTER_LEFT);
        query.setPromptText("Find in both texts");
        query.setId("find-field");
        query.setPrefColumnCount(24);
        query.textProperty().bindBidirectional(find.queryProperty());
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                step(!e.isShiftDown());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
        Button previous = small("\u2191", "find-previous", "Previous match (Shift+Enter, Shift+F3)");
        previous.setOnAction(e -> step(false));
        Button next = small("\u2193", "find-next", "Next match (Enter, F3)");
        next.setOnAction(e -> step(true));
        position.setId("find-position");
        position.getStyleClass().add(Styles.MUTED);
        position.textProperty().bind(find.positionProperty());
        position.setMinWidth(Region.USE_PREF_SIZE);
        Button closeButton = small("\u2715", "find-close", "Close (Escape)");
        closeButton.setOnAction(e -> close());
        Label title = new Label("Find");
        title.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(title, query, previous, next, position, closeButton);
        setVisible(false);
        setManaged(false);
    }

    private static Button small(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    void open() {
        setVisible(true);
        setManaged(true);
        query.requestFocus();
        query.selectAll();
    }

    void close() {
        setVisible(false);
        setManaged(false);
    }

    boolean isOpen() {
        return isVisible();
    }

    /** F3: the next match; opens the bar first when it is closed (and goes on if it holds a query). */
    void findNext() {
        openOrStep(true);
    }

    /** Shift+F3: the previous match. */
    void findPrevious() {
        openOrStep(false);
    }

    private void openOrStep(boolean forward) {
        if (!isVisible()) {
            open();
            if (query.getText().isBlank()) {
                return;
            }
        }
        step(forward);
    }

    private void step(boolean forward) {
        boolean typing = query.isFocused();
        if (forward) {
            find.next();
        } else {
            find.previous();
        }
        if (typing) {
            // the viewer takes the focus to select the words found; Enter must find the next one
            query.requestFocus();
            query.deselect();
            query.end();
        }
    }

    TextField field() {
        return query;
    }
}
