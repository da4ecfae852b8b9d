package org.clausewise.ui.viewer;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.util.Duration;
import org.clausewise.ui.theme.Styles;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.Collection;
import java.util.List;

/**
 * One side of one row: a read-only RichTextFX area filling its grid cell (as tall as its text,
 * see {@link #computePrefHeight}), so rows line up and the whole viewer scrolls as one. Styles come from a {@link StyledText} computed beforehand.
 */
public final class ClauseArea extends StyleClassedTextArea {
    private final StyledText styled;

    public ClauseArea(StyledText styled, String footnotes, Runnable copyClause) {
        super(false);
        this.styled = styled;
        getStyleClass().add(Styles.CLAUSE_AREA);
        setEditable(false);
        setWrapText(true);
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
     * The row's height comes from the {@link ClausePreview} of the same text, which stays in the
     * grid cell underneath, hidden: a {@code TextFlow} measures wrapped text exactly for any width,
     * where RichTextFX's auto height lags behind re-wrapping. The area then fills that height.
     */
    @Override
    protected double computePrefHeight(double width) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
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
