package org.clausewise.ui.threeway;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clausewise.model.Resolution;
import org.clausewise.present.Column;
import org.clausewise.present.ThreeWayPresentation;
import org.clausewise.present.ThreeWayPresentedRow;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.library.LibraryEntry;

/**
 * The negotiation view: a toolbar (where F7 is, the toggles, export), a header naming the three
 * texts over their columns, one {@link ThreeWayRowCell} per clause in one scroll pane (so the three columns scroll as
 * one and stay lined up), and the change panel. Under about 1100 pixels the change panel folds
 * away (the toolbar's "Change list" brings it back), and under the columns' readable width the rows
 * scroll sideways, the header with them.
 */
public final class ThreeWayView extends BorderPane {
    static final double FOLD_PANEL_BELOW = 1100;

    private final ThreeWayViewModel vm;
    private final VBox rowsBox = new VBox();
    private final ScrollPane scroll = new ScrollPane(rowsBox);
    private final GridPane header = new GridPane();
    private final ThreeWayChangePanel panel;
    private final SplitPane split;
    private final ToggleButton panelToggle = new ToggleButton("Change list");
    private final List<ThreeWayRowCell> cells = new ArrayList<>();

    public ThreeWayView(ThreeWayViewModel vm, Runnable exportPdf) {
        this.vm = vm;
        getStyleClass().addAll(Styles.VIEWER, ThreeWayStyles.VIEW);
        getStylesheets().add(ThreeWayView.class.getResource(ThreeWayStyles.STYLESHEET).toExternalForm());
        panel = new ThreeWayChangePanel(vm);
        panel.setMinWidth(220);
        rowsBox.getStyleClass().add("rows");
        rowsBox.setMinWidth(ThreeWayRowCell.minWidth());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        VBox texts = new VBox(headerPane(), scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        split = new SplitPane(texts, panel);
        split.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(panel, false);
        setTop(toolbar(exportPdf));
        setCenter(split);
        panelToggle.setSelected(true);
        panelToggle.selectedProperty().addListener((obs, old, now) -> showPanel(now));
        widthProperty().addListener((obs, old, now) -> {
            boolean wide = now.doubleValue() >= FOLD_PANEL_BELOW;
            // the first width, and a crossing of the line: what the reader chose in between stays
            if (old.doubleValue() == 0 || wide != (old.doubleValue() >= FOLD_PANEL_BELOW)) {
                panelToggle.setSelected(wide);
            }
        });
        vm.presentationProperty().addListener((obs, old, now) -> rebuild());
        vm.currentRowProperty().addListener((obs, old, now) -> showCurrent(old.intValue(), now.intValue()));
        rebuild();
    }

    private HBox toolbar(Runnable exportPdf) {
        Label title = new Label(vm.title());
        title.getStyleClass().add("title");
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        Button previous = new Button("\u25B2");
        previous.setTooltip(new Tooltip("Previous change (Shift+F7)"));
        previous.setOnAction(e -> vm.previousChange());
        Button next = new Button("\u25BC");
        next.setTooltip(new Tooltip("Next change (F7)"));
        next.setOnAction(e -> vm.nextChange());
        next.setId("negotiation-next");
        Label position = new Label();
        position.textProperty().bind(vm.positionProperty());
        position.getStyleClass().add(Styles.CHANGE_POSITION);
        position.setId("negotiation-position");
        CheckBox only = new CheckBox("Only changes");
        only.selectedProperty().bindBidirectional(vm.onlyChangesProperty());
        CheckBox editorial = new CheckBox("Editorial");
        editorial.setTooltip(new Tooltip("Mark editorial changes (quotes, hyphens, OCR slips)"));
        editorial.selectedProperty().bindBidirectional(vm.showEditorialProperty());
        Button export = new Button("Export PDF\u2026");
        export.setOnAction(e -> exportPdf.run());
        HBox bar = new HBox(title, previous, position, next, only, editorial, panelToggle, export);
        for (var node : bar.getChildren()) {
            if (node != title && node instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        bar.getStyleClass().add(ThreeWayStyles.TOOLBAR);
        return bar;
    }

    private ScrollPane headerPane() {
        header.getStyleClass().add(ThreeWayStyles.HEADER);
        header.getColumnConstraints().setAll(ThreeWayRowCell.columns());
        header.setMinWidth(ThreeWayRowCell.minWidth());
        Label story = new Label("Story");
        story.getStyleClass().add(ThreeWayStyles.COLUMN_ROLE);
        header.add(story, 0, 0);
        for (Column c : Column.values()) {
            header.add(title(c, c.text(vm.comparison())), 1 + 2 * c.ordinal(), 0, 2, 1);
        }
        ScrollPane pane = new ScrollPane(header);
        pane.setFitToWidth(true);
        pane.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        pane.hvalueProperty().bind(scroll.hvalueProperty());
        // a scroll pane does not take its content's height by itself: the header is never cut
        pane.prefViewportHeightProperty().bind(header.heightProperty());
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.getStyleClass().add("edge-to-edge");
        return pane;
    }

    /** "LAST SESSION'S RESOLUTION", "A/RES/65/218", "65th session · 21 Dec 2010". */
    private static VBox title(Column column, Resolution r) {
        Label role = new Label(column.title().toUpperCase(java.util.Locale.ROOT));
        role.getStyleClass().add(ThreeWayStyles.COLUMN_ROLE);
        Label name = new Label(r.displayName());
        name.getStyleClass().add("symbol");
        LibraryEntry entry = new LibraryEntry(Path.of(r.source() == null ? "" : r.source()), r);
        Label detail = new Label((entry.isDraft() ? "Draft, " : "") + entry.sessionLabel()
                + (entry.dateLabel().isEmpty() ? "" : " \u00B7 " + entry.dateLabel()));
        detail.getStyleClass().add(Styles.MUTED);
        return new VBox(role, name, detail);
    }

    private void showPanel(boolean show) {
        if (show && !split.getItems().contains(panel)) {
            split.getItems().add(panel);
            split.setDividerPositions(0.8);
        } else if (!show) {
            split.getItems().remove(panel);
        }
    }

    private void rebuild() {
        ThreeWayPresentation p = vm.presentation();
        double v = scroll.getVvalue();
        cells.clear();
        rowsBox.getChildren().clear();
        for (ThreeWayPresentation.Group group : p.groups()) {
            if (group.rows().isEmpty()) {
                continue;
            }
            Label heading = new Label(group.heading().filtered() ? group.heading().title() + " ("
                    + group.heading().shown() + " of " + group.heading().total() + ")" : group.heading().title());
            heading.getStyleClass().add(Styles.PART_HEADING);
            heading.setMaxWidth(Double.MAX_VALUE);
            rowsBox.getChildren().add(heading);
            for (ThreeWayPresentedRow row : group.rows()) {
                for (String section : row.headings()) {
                    Label l = new Label(section);
                    l.getStyleClass().add(ThreeWayStyles.SECTION);
                    l.setMaxWidth(Double.MAX_VALUE);
                    l.setWrapText(true);
                    rowsBox.getChildren().add(l);
                }
                ThreeWayRowCell cell = new ThreeWayRowCell(row);
                cell.setOnMouseClicked(e -> vm.goTo(row));
                cells.add(cell);
                rowsBox.getChildren().add(cell);
            }
        }
        if (cells.isEmpty()) {
            Label none = new Label("No changes to show.");
            none.getStyleClass().add(Styles.PLACEHOLDER);
            rowsBox.getChildren().add(none);
        }
        scroll.setVvalue(v);
    }

    private void showCurrent(int old, int now) {
        if (old >= 0 && old < cells.size()) {
            cells.get(old).getStyleClass().remove(Styles.ROW_CURRENT);
        }
        if (now < 0 || now >= cells.size()) {
            return;
        }
        ThreeWayRowCell cell = cells.get(now);
        cell.getStyleClass().add(Styles.ROW_CURRENT);
        scrollTo(cell);
    }

    /** The row's top a little below the top of the viewport; the three columns move together. */
    private void scrollTo(ThreeWayRowCell cell) {
        Runnable doScroll = () -> {
            double content = rowsBox.getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            if (content <= viewport) {
                return;
            }
            Bounds b = cell.getBoundsInParent();
            scroll.setVvalue(Math.min(1, Math.max(0, b.getMinY() - 24) / (content - viewport)));
        };
        rowsBox.layout();
        doScroll.run();
        Platform.runLater(doScroll);
    }

    /** The rows as drawn, for tests. */
    List<ThreeWayRowCell> cells() {
        return List.copyOf(cells);
    }

    /** What the split pane shows: the rows, and the change panel unless it is folded away. */
    List<javafx.scene.Node> getItemsInSplit() {
        return List.copyOf(split.getItems());
    }

    ThreeWayChangePanel panel() {
        return panel;
    }

    public ScrollPane scrollPane() {
        return scroll;
    }
}
