package org.clausewise.ui.changes;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ChangeSummary;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.ui.Styles;
import org.clausewise.ui.viewer.ChangeDescriptions;
import org.clausewise.ui.viewer.ViewerViewModel;

/**
 * The change panel beside the viewer: counts per kind of change, a legend that does not rely on
 * colour alone, the editorial / only-changes toggles, and the list of changes (click to jump).
 */
public final class ChangeListView extends VBox {
    private final ViewerViewModel vm;
    private final FlowPane counts = new FlowPane(6, 6);
    private final ListView<ClauseRow> list = new ListView<>();
    private final Label placeholder = new Label();
    private boolean syncing;

    public ChangeListView(ViewerViewModel vm) {
        this.vm = vm;
        getStyleClass().add(Styles.CHANGE_PANEL);
        Label countsTitle = heading("Changes");
        CheckBox editorial = new CheckBox("Show editorial changes");
        editorial.selectedProperty().bindBidirectional(vm.showEditorialProperty());
        editorial.setId("show-editorial");
        CheckBox only = new CheckBox("Show only changes");
        only.selectedProperty().bindBidirectional(vm.onlyChangesProperty());
        only.setId("only-changes");
        list.setId("change-list");
        list.setCellFactory(l -> new ChangeCell());
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(countsTitle, counts, editorial, only, list, heading("Legend"), legend());
        vm.comparisonProperty().addListener((obs, old, now) -> refresh());
        vm.visibleRowsProperty().addListener((obs, old, now) -> refresh());
        vm.currentRowProperty().addListener((obs, old, now) -> selectCurrent());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                vm.goTo(now);
            }
        });
        refresh();
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    private void refresh() {
        Comparison c = vm.comparisonProperty().get();
        placeholder.setText(c == null ? "No comparison yet" : "No changes");
        counts.getChildren().clear();
        if (c != null) {
            ChangeSummary s = c.summary();
            for (ChangeKind kind : ChangeKind.values()) {
                counts.getChildren().add(count(kind.jsonName(), s.count(kind), Styles.kind(kind)));
            }
            counts.getChildren().add(count("editorial", s.editorial(), Styles.EDITORIAL));
        }
        syncing = true;
        list.getItems().setAll(vm.changes());
        syncing = false;
        selectCurrent();
    }

    private static Label count(String what, int n, String style) {
        Label l = new Label(n + " " + what);
        l.getStyleClass().addAll(Styles.COUNT, style);
        return l;
    }

    private void selectCurrent() {
        ClauseRow row = vm.currentRowValue();
        syncing = true;
        if (row == null || !list.getItems().contains(row)) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().select(row);
            list.scrollTo(row);
        }
        syncing = false;
    }

    /** A legend in words and samples: deleted struck through, inserted underlined, editorial dotted. */
    private static VBox legend() {
        VBox box = new VBox(4);
        box.getStyleClass().add(Styles.LEGEND);
        box.getChildren().addAll(
                sample("deleted words", Styles.DELETED, "struck through, red"),
                sample("inserted words", Styles.INSERTED, "underlined, green"),
                sample("editorial only", Styles.EDITORIAL, "dotted, grey: quotes, hyphens, OCR slips"),
                sample("moved from OP n", Styles.kind(ChangeKind.MOVED), "clause matched out of order"));
        return box;
    }

    private static VBox sample(String text, String style, String explanation) {
        // Text, not Label: only Text draws strike-through and underline from CSS
        Text l = new Text(text);
        l.getStyleClass().addAll(Styles.LEGEND_SAMPLE, style);
        Label e = new Label(explanation);
        e.getStyleClass().add(Styles.MUTED);
        e.setWrapText(true);
        return new VBox(l, e);
    }

    public ListView<ClauseRow> list() {
        return list;
    }

    private static final class ChangeCell extends ListCell<ClauseRow> {
        @Override
        protected void updateItem(ClauseRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(s -> s.startsWith("kind-"));
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(ChangeDescriptions.label(row) + " \u2014 " + ChangeDescriptions.detail(row));
            getStyleClass().add(Styles.kind(row.kind()));
        }
    }
}
