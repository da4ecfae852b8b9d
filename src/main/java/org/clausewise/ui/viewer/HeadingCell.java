package org.clausewise.ui.viewer;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import org.clausewise.present.GroupRow;
import org.clausewise.present.Side;
import org.clausewise.ui.theme.Styles;

/**
 * A section's or annex's heading in the viewer, on the columns of the clause rows: each side's
 * heading words (word edits marked when it was renamed), set in by its level, a gap where a side has
 * no such heading, and in the middle what happened to it. A heading that changed is a stop of F7.
 */
public final class HeadingCell extends GridPane {
    /** How far each level of nesting sets a heading in. */
    private static final double INDENT = 16;

    private final GroupRow group;

    public HeadingCell(GroupRow group) {
        this.group = group;
        getStyleClass().addAll(Styles.SECTION_HEADING, Styles.kind(group.change()),
                "level-" + Math.min(group.level(), 3));
        getColumnConstraints().setAll(RowCell.columns());
        RowConstraints top = new RowConstraints();
        top.setValignment(VPos.TOP);
        getRowConstraints().add(top);
        add(new Region(), 0, 0);
        add(side(Side.LEFT), 1, 0);
        add(status(), 2, 0);
        add(new Region(), 3, 0);
        add(side(Side.RIGHT), 4, 0);
    }

    private Node side(Side side) {
        if (!group.has(side)) {
            Region gap = new Region();
            gap.getStyleClass().add(Styles.ROW_GAP);
            gap.setMinHeight(20);
            GridPane.setFillHeight(gap, true);
            return gap;
        }
        ClausePreview words = new ClausePreview(ScreenText.of(group.heading(side)));
        double indent = INDENT * Math.max(0, group.level() - 1);
        words.setStyle(String.format(Locale.ROOT, "-fx-padding: 2 6 3 %.0f;", 6 + indent));
        return words;
    }

    private Node status() {
        if (!group.isChange()) {
            return new Region();
        }
        return RowCell.badge(group.description(), group.change(), group.editorialOnly());
    }

    /** The heading drawn here. */
    public GroupRow group() {
        return group;
    }
}
