package org.clausewise.ui.viewer;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Footnote;
import org.clausewise.model.FootnoteRef;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;
import org.clausewise.present.FootnoteMarks;
import org.clausewise.present.PresentedRow;
import org.clausewise.present.Side;
import org.clausewise.ui.theme.Styles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One aligned row: left number, left text, a middle column saying what happened (in words, not
 * colour alone), right number, right text. A side without a clause shows a gap, so each clause
 * stays on the same row as its counterpart.
 */
public final class RowCell extends GridPane {
    static final double NUMBER_WIDTH = 58;
    /** For labels with a section or an annex ("OP XVIII.12", "Annex II ¶ 3", which wraps after "Annex II"). */
    static final double WIDE_NUMBER_WIDTH = 84;
    static final double STATUS_WIDTH = 112;

    private final PresentedRow presented;
    private final ClauseRow row;
    private final StyledText leftText;
    private final StyledText rightText;
    private final String leftTip;
    private final String rightTip;
    private final Runnable copyClause;
    private final Node leftPreview;
    private final Node rightPreview;
    private ClauseArea leftArea;
    private ClauseArea rightArea;

    public RowCell(PresentedRow presented, StyledText leftText, StyledText rightText, Resolution leftRes,
                   Resolution rightRes, Runnable copyClause) {
        this.presented = presented;
        this.row = presented.source();
        getStyleClass().addAll(Styles.ROW, Styles.kind(presented.kind()));
        if (presented.isChange() && presented.editorialOnly()) {
            getStyleClass().add(Styles.EDITORIAL);
        }
        getColumnConstraints().setAll(columns());
        RowConstraints top = new RowConstraints();
        top.setValignment(VPos.TOP);
        getRowConstraints().add(top);
        this.leftText = leftText;
        this.rightText = rightText;
        this.leftTip = row.left() == null ? "" : footnotes(row.left(), leftRes);
        this.rightTip = row.right() == null ? "" : footnotes(row.right(), rightRes);
        this.copyClause = copyClause;
        leftPreview = row.left() == null ? gap() : new ClausePreview(leftText);
        rightPreview = row.right() == null ? gap() : new ClausePreview(rightText);
        add(number(row.left()), 0, 0);
        add(leftPreview, 1, 0);
        add(status(presented), 2, 0);
        add(number(row.right()), 3, 0);
        add(rightPreview, 4, 0);
    }

    /** Whether the RichTextFX areas have replaced the light previews. */
    public boolean isRealized() {
        return leftArea != null || rightArea != null;
    }

    /** Puts the RichTextFX areas in place of the previews (once the row comes into view). */
    public void realize() {
        if (isRealized()) {
            return;
        }
        // the preview stays in the cell, hidden, and gives the row its height (see ClauseArea)
        if (row.left() != null) {
            leftArea = new ClauseArea(leftText, leftTip, copyClause);
            leftPreview.setVisible(false);
            add(leftArea, 1, 0);
        }
        if (row.right() != null) {
            rightArea = new ClauseArea(rightText, rightTip, copyClause);
            rightPreview.setVisible(false);
            add(rightArea, 4, 0);
        }
    }

    /** The five columns every row and the header share, so they line up. */
    static List<ColumnConstraints> columns() {
        return columns(NUMBER_WIDTH);
    }

    /** The same with the clause-label columns this wide. */
    static List<ColumnConstraints> columns(double numberWidth) {
        return List.of(fixed(numberWidth), half(), fixed(STATUS_WIDTH), fixed(numberWidth), half());
    }

    private static ColumnConstraints fixed(double w) {
        ColumnConstraints c = new ColumnConstraints(w, w, w);
        return c;
    }

    private static ColumnConstraints half() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setPercentWidth(-1);
        c.setMinWidth(120);
        c.setPrefWidth(400);
        c.setFillWidth(true);
        return c;
    }

    private static Node number(Clause clause) {
        Label l = new Label(clause == null ? "" : clause.label());
        l.getStyleClass().add(Styles.CLAUSE_NUMBER);
        l.setWrapText(true); // "Annex II ¶ 3" over two lines rather than cut short
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** Where a side has no clause: a shaded box as tall as the row (the negotiation view's too). */
    public static Node gap() {
        Region r = new Region();
        r.getStyleClass().add(Styles.ROW_GAP);
        r.setMinHeight(24);
        r.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillHeight(r, true);
        return r;
    }

    /** The row's badges in words, one label; a tip tells more where a badge has more to say. */
    private static Node status(PresentedRow row) {
        if (!row.isChange()) {
            return new Region();
        }
        Label badge = badge(row.description(), row.kind(), row.editorialOnly());
        String more = row.badges().stream().filter(b -> b.detail() != null).map(b -> b.text() + ": " + b.detail())
                .reduce((a, b) -> a + "\n" + b).orElse(null);
        if (more != null) {
            badge.setTooltip(new javafx.scene.control.Tooltip(more));
        }
        return badge;
    }

    /** What happened in words, in the look of its kind of change (a clause's or a heading's). */
    static Label badge(String description, org.clausewise.model.ChangeKind kind, boolean editorialOnly) {
        Label badge = new Label(description);
        badge.setWrapText(true);
        badge.getStyleClass().addAll(Styles.BADGE, Styles.kind(kind));
        if (editorialOnly) {
            badge.getStyleClass().add(Styles.EDITORIAL);
        }
        return badge;
    }

    /** The footnotes marked in this clause, "¹ Resolution 217 A (III)." one per line, for the hover tip. */
    static String footnotes(Clause clause, Resolution resolution) {
        Set<String> marks = new LinkedHashSet<>();
        clause.footnoteRefs().forEach(r -> marks.add(r.mark()));
        for (SubParagraph sub : clause.subparagraphs()) {
            sub.footnoteRefs().stream().map(FootnoteRef::mark).forEach(marks::add);
        }
        List<String> lines = new ArrayList<>();
        for (String mark : marks) {
            String text = resolution.footnotes().stream().filter(f -> f.mark().equals(mark)).map(Footnote::text)
                    .findFirst().orElse("(footnote text not found)");
            lines.add(FootnoteMarks.superscript(mark) + " " + text);
        }
        return String.join("\n", lines);
    }

    /** The comparison row drawn here. */
    public ClauseRow row() {
        return row;
    }

    /** The row as the presentation shows it (its kind under the view options, its badges). */
    public PresentedRow presented() {
        return presented;
    }

    /** The side's text area (made now if the row was off screen), or null where the side has a gap. */
    public ClauseArea area(Side side) {
        realize();
        return side == Side.LEFT ? leftArea : rightArea;
    }

    /** The side where this row's change shows best: the right, unless the clause was removed. */
    public ClauseArea changeArea() {
        realize();
        return rightArea != null ? rightArea : leftArea;
    }
}
