package org.clausewise.ui.changes;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ChangeSummary;
import org.clausewise.present.DisplayRow;
import org.clausewise.present.GroupRow;
import org.clausewise.present.PresentedRow;
import org.clausewise.present.Presentation;
import org.clausewise.present.Run;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.viewer.ViewerViewModel;

/**
 * The change panel beside the viewer: counts per kind of change, the editorial / only-changes
 * toggles, where the current change stands ("change 4 of 12", with previous / next), the list of
 * changes (click to jump) and a legend that does not rely on colour alone. The list is the
 * presentation's change list, the very rows F7 stops at.
 */
public final class ChangeListView extends VBox {
    private final ViewerViewModel vm;
    private final FlowPane counts = new FlowPane(6, 6);
    private final ListView<DisplayRow> list = new ListView<>();
    private final Label placeholder = new Label();
    private final Label position = new Label();
    private final VBox movedSubparagraphs = sample(Run.MOVED_SIGN + " (b)", Styles.kind(ChangeKind.MOVED),
            "sub-paragraph moved within its clause");
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
        placeholder.setWrapText(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(countsTitle, counts, editorial, only, positionBar(), list, heading("Legend"), legend());
        vm.presentationProperty().addListener((obs, old, now) -> refresh());
        vm.pendingProperty().addListener((obs, old, now) -> refresh());
        vm.currentRowProperty().addListener((obs, old, now) -> selectCurrent());
        vm.currentHeadingProperty().addListener((obs, old, now) -> selectCurrent());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                vm.goTo(now);
            }
        });
        refresh();
    }

    /** "change 4 of 12" with buttons for the previous and the next change (Shift+F7, F7). */
    private HBox positionBar() {
        position.setId("change-position");
        position.getStyleClass().add(Styles.CHANGE_POSITION);
        position.textProperty().bind(vm.changePositionProperty());
        position.setMinWidth(Region.USE_PREF_SIZE);
        Button previous = new Button("\u2191");
        previous.setId("previous-change");
        previous.setTooltip(new Tooltip("Previous change (Shift+F7)"));
        previous.setOnAction(e -> vm.previousChange());
        Button next = new Button("\u2193");
        next.setId("next-change");
        next.setTooltip(new Tooltip("Next change (F7)"));
        next.setOnAction(e -> vm.nextChange());
        for (Button b : new Button[] {previous, next}) {
            b.setFocusTraversable(false);
            b.getStyleClass().add("small-button");
            b.disableProperty().bind(vm.presentationProperty().isNull());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(4, position, spacer, previous, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    private void refresh() {
        Presentation p = vm.presentation();
        String pending = vm.pendingProperty().get();
        placeholder.setText(!pending.isEmpty() ? pending : p == null ? "No comparison yet" : "No changes");
        counts.getChildren().clear();
        boolean reordered = p != null && p.hasMovedSubparagraphs();
        movedSubparagraphs.setVisible(reordered);
        movedSubparagraphs.setManaged(reordered);
        syncing = true;
        if (p != null && pending.isEmpty()) {
            ChangeSummary s = p.summary();
            for (ChangeKind kind : ChangeKind.values()) {
                counts.getChildren().add(count(kind.jsonName(), s.count(kind), Styles.kind(kind)));
            }
            counts.getChildren().add(count("editorial", s.editorial(), Styles.EDITORIAL));
            list.getItems().setAll(p.changeList());
        } else {
            list.getItems().clear();
        }
        syncing = false;
        selectCurrent();
    }

    private static Label count(String what, int n, String style) {
        Label l = new Label(n + " " + what);
        l.getStyleClass().addAll(Styles.COUNT, style);
        return l;
    }

    private void selectCurrent() {
        DisplayRow row = vm.currentStop();
        syncing = true;
        if (row == null || !list.getItems().contains(row)) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getSelectionModel().select(row);
            list.scrollTo(row);
        }
        syncing = false;
    }

    /**
     * A legend in words and samples: deleted struck through, inserted underlined, editorial dotted;
     * the moved sub-paragraph's sign only while a comparison shows one, as in the PDF.
     */
    private VBox legend() {
        VBox box = new VBox(4);
        box.getStyleClass().add(Styles.LEGEND);
        box.getChildren().addAll(
                sample("deleted words", Styles.DELETED, "struck through, red"),
                sample("inserted words", Styles.INSERTED, "underlined, green"),
                sample("editorial only", Styles.EDITORIAL, "dotted, grey: quotes, hyphens, OCR slips"),
                sample("moved from OP n", Styles.kind(ChangeKind.MOVED), "clause matched out of order"),
                movedSubparagraphs);
        return box;
    }

    private static VBox sample(String text, String style, String explanation) {
        // Text, not Label: only Text draws strike-through and underline from CSS
        Text l = new Text(text);
        l.getStyleClass().addAll(Styles.LEGEND_SAMPLE, style);
        Label e = new Label(explanation);
        e.getStyleClass().add(Styles.MUTED);
        e.setWrapText(true);
        e.setMinHeight(Region.USE_PREF_SIZE); // wrap rather than cut the words with an ellipsis
        return new VBox(l, e);
    }

    public ListView<DisplayRow> list() {
        return list;
    }

    /** "change 4 of 12", as shown beside the list. */
    public String positionText() {
        return position.getText();
    }

    /** A clause change ("OP 8 → OP 10 — modified") or a heading's ("Section IV — renamed"), in bold. */
    private static final class ChangeCell extends ListCell<DisplayRow> {
        ChangeCell() {
            // a long line ("OP 12 — modified, verb changed") wraps in the panel instead of being cut
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(DisplayRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(s -> s.startsWith("kind-") || s.equals(Styles.HEADING_CHANGE));
            if (empty || row == null) {
                setText(null);
                return;
            }
            if (row instanceof GroupRow heading) {
                setText(heading.summaryLine());
                getStyleClass().addAll(Styles.kind(heading.change()), Styles.HEADING_CHANGE);
            } else {
                PresentedRow clause = (PresentedRow) row;
                setText(clause.summaryLine());
                getStyleClass().add(Styles.kind(clause.kind()));
            }
        }
    }
}
