package org.clausewise.ui.history;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.clausewise.lineage.ClauseVersion;
import org.fxmisc.flowless.VirtualizedScrollPane;

/** The whole text a version of a clause belongs to, scrolled to that clause, which is marked. */
public final class FullTextView extends BorderPane {
    private final WordingArea area;
    private final FullText fullText;

    public FullTextView(ClauseVersion version) {
        getStyleClass().add("full-text-view");
        getStylesheets().add(HistoryStyles.class.getResource(HistoryStyles.STYLESHEET).toExternalForm());
        Label title = new Label(version.clause().label() + " of " + version.text().displayName());
        title.getStyleClass().add(HistoryStyles.HISTORY_TITLE);
        Label where = new Label(ClauseHistoryViewModel.sessionOf(version.text())
                + (version.text().date() == null ? "" : " · " + org.clausewise.model.Dates.format(version.text().date())));
        where.getStyleClass().add(HistoryStyles.MUTED);
        VBox header = new VBox(title, where);
        header.getStyleClass().add(HistoryStyles.HISTORY_HEADER);
        setTop(header);
        fullText = FullText.of(version.text(), version.clause());
        area = new WordingArea(fullText.runs(), HistoryStyles.FULL_TEXT);
        area.setAutoHeight(false);
        area.setOnScroll(null);
        setCenter(new VirtualizedScrollPane<>(area));
        if (fullText.targetStart() >= 0) {
            // The area can only scroll once it has been laid out, i.e. once it has a width.
            area.widthProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number now) {
                    if (now.doubleValue() > 0) {
                        area.widthProperty().removeListener(this);
                        Platform.runLater(FullTextView.this::showTarget);
                    }
                }
            });
        }
    }

    /** Puts the clause near the top, one paragraph of context above it, with the caret on it. */
    private void showTarget() {
        area.moveTo(fullText.targetStart());
        area.showParagraphAtTop(Math.max(0, area.getCurrentParagraph() - 1));
    }

    /** Whether the marked clause's first line is on screen. */
    public boolean targetInView() {
        int target = targetParagraph();
        return area.firstVisibleParToAllParIndex() <= target && target <= area.lastVisibleParToAllParIndex();
    }

    /** The paragraph of the marked clause. */
    public int targetParagraph() {
        return area.offsetToPosition(fullText.targetStart(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                .getMajor();
    }

    /** The whole text shown, for tests. */
    public String text() {
        return area.getText();
    }
}
