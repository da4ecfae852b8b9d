package org.clausewise.ui.history;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.clausewise.model.Part;

/**
 * The series overview: clauses down, texts across, each cell the clause's number in that text
 * with a mark for what happened to it. Clicking a cell opens the clause's history; a column
 * heading, or a cell's context menu, opens the comparison of that text with the one before.
 */
public final class SeriesOverviewView extends BorderPane {
    private final SeriesOverviewViewModel model;
    private final GridPane grid = new GridPane();

    public SeriesOverviewView(SeriesOverviewViewModel model) {
        this.model = model;
        getStyleClass().add(HistoryStyles.OVERVIEW);
        getStylesheets().add(HistoryStyles.class.getResource(HistoryStyles.STYLESHEET).toExternalForm());
        setTop(new VBox(header(), legend()));
        grid.getStyleClass().add(HistoryStyles.OVERVIEW_GRID);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().add(labels);
        int row = 0;
        addColumnHeadings(row++);
        for (Part part : Part.values()) {
            if (model.rows(part).isEmpty()) {
                continue;
            }
            Label heading = new Label(part == Part.PREAMBLE ? "Preamble" : part == Part.OPERATIVE ? "Operative part"
                    : "Annexes");
            heading.getStyleClass().add("part-heading");
            grid.add(heading, 0, row++, model.columns().size() + 1, 1);
            for (OverviewRow r : model.rows(part)) {
                addRow(r, row++);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    public SeriesOverviewViewModel model() {
        return model;
    }

    /** The grid, whose cells carry their {@link OverviewCell} as user data (tests click them). */
    public GridPane grid() {
        return grid;
    }

    private Node header() {
        Label title = new Label(model.title());
        title.getStyleClass().add(HistoryStyles.HISTORY_TITLE);
        title.setWrapText(true);
        Label summary = new Label("Series overview · " + model.summary()
                + " · click a cell for the clause's history, a session heading for its comparison with the text"
                + " before (right-click: with any other text)");
        summary.getStyleClass().add(HistoryStyles.MUTED);
        summary.setWrapText(true);
        VBox box = new VBox(title, summary);
        box.getStyleClass().add(HistoryStyles.HISTORY_HEADER);
        return box;
    }

    private Node legend() {
        FlowPane legend = new FlowPane(14, 4);
        legend.getStyleClass().add(HistoryStyles.LEGEND);
        for (VersionState s : VersionState.values()) {
            Label sample = new Label(s.mark());
            sample.getStyleClass().addAll(HistoryStyles.CELL, HistoryStyles.state(s));
            HBox item = new HBox(5, sample, new Label(s.description()));
            item.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(item);
        }
        return legend;
    }

    private void addColumnHeadings(int row) {
        for (OverviewColumn col : model.columns()) {
            Label heading = new Label(col.session().replace(" session", "") + "\n" + shortName(col));
            heading.getStyleClass().add(HistoryStyles.COLUMN_HEADER);
            if (col.draft()) {
                heading.getStyleClass().add("draft");
            }
            if (col.position() > 0) {
                heading.setTooltip(tooltip("Click: compare with the text before ("
                        + model.columns().get(col.position() - 1).textName() + " → " + col.textName()
                        + "); right-click: compare with any other text"));
                heading.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        model.openComparison(col.position());
                    }
                });
            }
            heading.setContextMenu(new ContextMenu(compareWithMenu(col.position())));
            GridPane.setHalignment(heading, HPos.CENTER);
            grid.add(heading, col.position() + 1, row);
        }
    }

    private static String shortName(OverviewColumn col) {
        if (col.draft()) {
            return "draft";
        }
        String name = col.textName();
        return name.startsWith("A/RES/") ? name.substring("A/RES/".length()) : name;
    }

    private void addRow(OverviewRow r, int row) {
        Label number = new Label(r.label());
        number.getStyleClass().add(HistoryStyles.VERSION_NUMBER);
        Label preview = new Label(r.preview());
        HBox label = new HBox(6, number, preview);
        label.getStyleClass().add(HistoryStyles.ROW_HEADER);
        label.setAlignment(Pos.CENTER_LEFT);
        label.setOnMouseClicked(e -> model.openHistory(r));
        label.setMaxWidth(520);
        grid.add(label, 0, row);
        for (OverviewCell c : r.cells()) {
            Label cell = new Label(c.label());
            cell.getStyleClass().addAll(HistoryStyles.CELL, HistoryStyles.state(c.state()));
            cell.setUserData(c);
            cell.setTooltip(tooltip(c.tooltip()));
            cell.setMaxWidth(Double.MAX_VALUE);
            if (c.state() != VersionState.ABSENT) {
                cell.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        model.openHistory(r);
                    }
                });
                cell.setContextMenu(contextMenu(r, c));
            }
            grid.add(cell, c.position() + 1, row);
        }
    }

    private ContextMenu contextMenu(OverviewRow r, OverviewCell c) {
        MenuItem history = new MenuItem("Clause history of " + r.label());
        history.setOnAction(e -> model.openHistory(r));
        ContextMenu menu = new ContextMenu(history);
        if (c.position() > 0) {
            MenuItem compare = new MenuItem("Compare " + model.columns().get(c.position() - 1).textName() + " → "
                    + model.columns().get(c.position()).textName());
            compare.setOnAction(e -> model.openComparison(c.position()));
            menu.getItems().add(compare);
        }
        menu.getItems().add(compareWithMenu(c.position()));
        return menu;
    }

    /** "Compare with ▸" every other text of the series: any pair is two clicks away. */
    private Menu compareWithMenu(int position) {
        Menu with = new Menu("Compare " + model.columns().get(position).textName() + " with");
        for (OverviewColumn other : model.columns()) {
            if (other.position() != position) {
                MenuItem item = new MenuItem(other.textName() + " (" + other.session() + ")");
                item.setOnAction(e -> model.openComparison(position, other.position()));
                with.getItems().add(item);
            }
        }
        return with;
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        return t;
    }
}
