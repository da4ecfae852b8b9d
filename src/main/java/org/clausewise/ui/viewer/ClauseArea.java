package org.clausewise.ui.viewer;

import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.util.Duration;
import org.clausewise.ui.Styles;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.List;

/**
 * One side of one row: a read-only RichTextFX area as tall as its text, so rows line up and
 * the whole viewer scrolls as one. Styles come from a {@link StyledText} computed beforehand.
 */
public final class ClauseArea extends StyleClassedTextArea {
    private final StyledText styled;

    public ClauseArea(StyledText styled, String footnotes, Runnable copyClause) {
        super(false);
        this.styled = styled;
        getStyleClass().add(Styles.CLAUSE_AREA);
        setEditable(false);
        setWrapText(true);
        setAutoHeight(true);
        // auto height measures the lines of the last layout: when wrapping at a new width changes the
        // line count, ask the row to lay out again, else the last lines would be clipped
        totalHeightEstimateProperty().addListener((obs, old, now) -> relayoutRow());
        widthProperty().addListener((obs, old, now) -> Platform.runLater(this::relayoutRow));
        // a text area grabs the wheel to scroll itself; the row list scrolls instead
        setOnScroll(e -> { });
        replaceText(styled.text());
        if (!styled.text().isEmpty()) {
            setStyleSpans(0, toSpans(styled));
        }
        moveTo(0);
        if (!footnotes.isEmpty()) {
            Tooltip tip = new Tooltip(footnotes);
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            tip.setShowDelay(Duration.millis(250));
            Tooltip.install(this, tip);
        }
        // the menu is made on first use: a comparison has a hundred areas and most are never right-clicked
        addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (getContextMenu() == null) {
                MenuItem copy = new MenuItem("Copy");
                copy.setOnAction(a -> copy());
                MenuItem copyClauseItem = new MenuItem("Copy clause with symbol and number");
                copyClauseItem.setOnAction(a -> copyClause.run());
                setContextMenu(new ContextMenu(copy, copyClauseItem));
            }
        });
    }

    /**
     * RichTextFX's auto height can lag a line behind after re-wrapping; the flow's own estimate of
     * its total height is current, so the area is never shorter than that.
     */
    @Override
    protected double computePrefHeight(double width) {
        double pref = super.computePrefHeight(width);
        Double estimate = totalHeightEstimateProperty().getValue();
        if (estimate == null || estimate <= 0) {
            return pref;
        }
        return Math.max(pref, estimate + snappedTopInset() + snappedBottomInset());
    }

    private void relayoutRow() {
        requestLayout();
        if (getParent() != null) {
            getParent().requestLayout();
        }
    }

    static StyleSpans<Collection<String>> toSpans(StyledText styled) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (StyledText.Run run : styled.runs()) {
            b.add(List.copyOf(run.styleClasses()), run.length());
        }
        return b.create();
    }

    public StyledText styled() {
        return styled;
    }

    /** Puts the caret on the first change of this side (or the start) and keeps it in view. */
    public void caretToFirstChange() {
        moveTo(Math.max(styled.firstChange(), 0));
        requestFollowCaret();
    }
}
