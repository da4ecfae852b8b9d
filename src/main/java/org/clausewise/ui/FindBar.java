package org.clausewise.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.viewer.ViewerViewModel;

/** Find in text (Ctrl+F): a bar above the viewer; Enter or F3 finds the next match, Escape closes. */
final class FindBar extends HBox {
    private final ViewerViewModel vm;
    private final TextField query = new TextField();
    private final Label result = new Label();

    FindBar(ViewerViewModel vm) {
        super(8);
        this.vm = vm;
        getStyleClass().add(Styles.FIND_BAR);
        setAlignment(Pos.CENTER_LEFT);
        query.setPromptText("Find in both texts");
        query.setId("find-field");
        query.setPrefColumnCount(28);
        query.setOnAction(e -> findNext());
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        query.textProperty().addListener((obs, old, now) -> vm.lastMatchProperty().set(null));
        Button next = new Button("Next");
        next.setOnAction(e -> findNext());
        Button closeButton = new Button("\u2715");
        closeButton.setOnAction(e -> close());
        result.getStyleClass().add(Styles.MUTED);
        getChildren().addAll(new Label("Find"), query, next, result, closeButton);
        setVisible(false);
        setManaged(false);
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
        result.setText("");
    }

    void findNext() {
        if (!isVisible()) {
            open();
            return;
        }
        boolean found = vm.findNext(query.getText()).isPresent();
        result.setText(found || query.getText().isBlank() ? "" : "Not found");
    }
}
