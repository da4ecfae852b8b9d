package org.clausewise.ui.threeway;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clausewise.compare.Story;
import org.clausewise.present.StoryWords;
import org.clausewise.present.ThreeWayPresentation;
import org.clausewise.present.ThreeWayPresentedRow;
import org.clausewise.ui.theme.Styles;

/**
 * Beside the rows: how many clauses tell each story, and the change list (the presentation's, so
 * exactly where F7 stops). Picking a change goes to its row.
 */
final class ThreeWayChangePanel extends VBox {
    private final ThreeWayViewModel vm;
    private final FlowPane counts = new FlowPane(6, 6);
    private final ListView<ThreeWayPresentedRow> list = new ListView<>();
    private boolean syncing;

    ThreeWayChangePanel(ThreeWayViewModel vm) {
        this.vm = vm;
        getStyleClass().add(Styles.CHANGE_PANEL);
        counts.getStyleClass().add(ThreeWayStyles.COUNTS);
        Label heading = new Label("Stories");
        heading.getStyleClass().add("panel-heading");
        Label changes = new Label("Changes (F7 / Shift+F7)");
        changes.getStyleClass().add("panel-heading");
        list.setId("negotiation-changes");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ThreeWayPresentedRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.summaryLine());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                vm.goTo(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(heading, counts, changes, list);
        vm.presentationProperty().addListener((obs, old, now) -> fill(now));
        vm.currentRowProperty().addListener((obs, old, now) -> select());
        fill(vm.presentation());
    }

    private void fill(ThreeWayPresentation p) {
        counts.getChildren().clear();
        for (Story s : StoryWords.ORDER) {
            int n = p.counts().get(s);
            if (n > 0) {
                Label count = new Label(n + " " + StoryWords.of(s));
                count.getStyleClass().addAll(ThreeWayStyles.STORY, ThreeWayStyles.story(s));
                counts.getChildren().add(count);
            }
        }
        syncing = true;
        try {
            list.getItems().setAll(p.changes());
        } finally {
            syncing = false;
        }
        select();
    }

    private void select() {
        syncing = true;
        try {
            ThreeWayPresentedRow row = vm.currentRow().filter(ThreeWayPresentedRow::isChange).orElse(null);
            if (row == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(row);
                list.scrollTo(row);
            }
        } finally {
            syncing = false;
        }
    }

    ListView<ThreeWayPresentedRow> list() {
        return list;
    }
}
