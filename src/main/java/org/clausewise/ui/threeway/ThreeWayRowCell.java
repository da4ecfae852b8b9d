package org.clausewise.ui.threeway;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.clausewise.present.Badge;
import org.clausewise.present.Column;
import org.clausewise.present.ThreeWayPresentedRow;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.viewer.ClausePreview;
import org.clausewise.ui.viewer.RowCell;
import org.clausewise.ui.viewer.ScreenText;

/**
 * One clause across the three texts: its story in words (never colour alone), then for each text
 * its number and its wording with the presentation's marks; a text without the clause shows a gap,
 * so each clause stays on one row with its counterparts.
 */
final class ThreeWayRowCell extends GridPane {
    static final double STORY_WIDTH = 148;
    static final double NUMBER_WIDTH = 54;
    /** Under this a column stops shrinking and the rows scroll sideways instead. */
    static final double TEXT_MIN_WIDTH = 200;

    private final ThreeWayPresentedRow row;

    ThreeWayRowCell(ThreeWayPresentedRow row) {
        this.row = row;
        getStyleClass().add(Styles.ROW);
        getColumnConstraints().setAll(columns());
        RowConstraints top = new RowConstraints();
        top.setValignment(VPos.TOP);
        getRowConstraints().add(top);
        add(story(row), 0, 0);
        for (Column c : Column.values()) {
            Label number = new Label(row.label(c) == null ? "" : row.label(c));
            number.getStyleClass().add(Styles.CLAUSE_NUMBER);
            number.setWrapText(true); // "Annex II" over "PP 4" rather than cut short in the narrow column
            add(number, 1 + 2 * c.ordinal(), 0);
            add(row.has(c) ? new ClausePreview(ScreenText.of(row.text(c))) : RowCell.gap(), 2 + 2 * c.ordinal(), 0);
        }
    }

    ThreeWayPresentedRow row() {
        return row;
    }

    /** Story, three times number and text: every row and the header share them, so they line up. */
    static List<ColumnConstraints> columns() {
        List<ColumnConstraints> columns = new ArrayList<>();
        columns.add(fixed(STORY_WIDTH));
        for (int i = 0; i < 3; i++) {
            columns.add(fixed(NUMBER_WIDTH));
            ColumnConstraints text = new ColumnConstraints();
            text.setHgrow(Priority.ALWAYS);
            text.setMinWidth(TEXT_MIN_WIDTH);
            text.setPrefWidth(360);
            text.setFillWidth(true);
            columns.add(text);
        }
        return columns;
    }

    /** The narrowest the rows can be before they scroll sideways (paddings included). */
    static double minWidth() {
        return STORY_WIDTH + 3 * (NUMBER_WIDTH + TEXT_MIN_WIDTH) + 20;
    }

    private static ColumnConstraints fixed(double w) {
        return new ColumnConstraints(w, w, w);
    }

    /** The story's badge, then each note on its own line; a tip tells more where a note has more to say. */
    private static Node story(ThreeWayPresentedRow row) {
        Label story = new Label(row.storyText());
        story.setWrapText(true);
        story.getStyleClass().addAll(ThreeWayStyles.STORY, ThreeWayStyles.story(row.story()));
        VBox box = new VBox(3, story);
        for (Badge note : row.notes()) {
            Label l = new Label(note.text());
            l.setWrapText(true);
            l.getStyleClass().add(ThreeWayStyles.NOTE);
            if (note.detail() != null) {
                l.setTooltip(new Tooltip(note.detail()));
            }
            box.getChildren().add(l);
        }
        box.setPadding(new javafx.geometry.Insets(2, 6, 0, 0));
        return box;
    }
}
