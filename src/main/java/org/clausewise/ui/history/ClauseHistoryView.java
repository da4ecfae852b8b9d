package org.clausewise.ui.history;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The clause history: a header (which clause, which series, a one-line summary) over a vertical
 * list of the clause's versions by session, each with its wording as a redline from the version
 * before, the first appearance marked, and a link to the full text of that version.
 */
public final class ClauseHistoryView extends BorderPane {
    private final ClauseHistoryViewModel model;
    private final ScrollPane scroll;
    private final Map<VersionItem, Node> cards = new IdentityHashMap<>();

    public ClauseHistoryView(ClauseHistoryViewModel model) {
        this.model = model;
        getStyleClass().add(HistoryStyles.HISTORY_VIEW);
        getStylesheets().add(HistoryStyles.class.getResource(HistoryStyles.STYLESHEET).toExternalForm());
        setTop(header());
        VBox list = new VBox();
        for (VersionItem item : model.items()) {
            Node card = card(item);
            cards.put(item, card);
            list.getChildren().add(card);
        }
        scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        // Start with the list focused (arrow keys scroll it), not the first "Full text" link.
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(scroll::requestFocus);
            }
        });
    }

    public ClauseHistoryViewModel model() {
        return model;
    }

    /** The node drawn for an item (tests look inside it). */
    public Node cardOf(VersionItem item) {
        return cards.get(item);
    }

    /** Brings the first appearance into view: in a long series that is where a reader starts. */
    public void scrollToFirstAppearance() {
        Node card = cards.get(model.firstAppearance());
        Platform.runLater(() -> {
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            if (contentHeight > viewport) {
                scroll.setVvalue(Math.min(1, card.getBoundsInParent().getMinY() / (contentHeight - viewport)));
            }
        });
    }

    private Node header() {
        Label title = new Label(model.title());
        title.getStyleClass().add(HistoryStyles.HISTORY_TITLE);
        Label series = new Label(model.seriesTitle());
        series.setWrapText(true);
        Label summary = new Label(model.summary());
        summary.getStyleClass().add(HistoryStyles.MUTED);
        summary.setWrapText(true);
        VBox box = new VBox(title, series, summary);
        box.getStyleClass().add(HistoryStyles.HISTORY_HEADER);
        return box;
    }

    private Node card(VersionItem item) {
        Label session = new Label(item.session());
        session.getStyleClass().add(HistoryStyles.VERSION_SESSION);
        Label name = new Label(item.textName() + (item.draft() && !item.textName().startsWith("Draft") ? " (draft)" : ""));
        name.getStyleClass().add(HistoryStyles.MUTED);
        Label badge = new Label((item.state().mark() + " " + item.status()).strip());
        badge.getStyleClass().addAll(HistoryStyles.BADGE, HistoryStyles.state(item.state()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, session, name, spacer);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(top);
        card.getStyleClass().add(HistoryStyles.VERSION);
        if (!item.present()) {
            card.getStyleClass().add(HistoryStyles.VERSION_ABSENT);
            top.getChildren().add(badge);
            return card;
        }
        Label number = new Label(item.number());
        number.getStyleClass().add(HistoryStyles.VERSION_NUMBER);
        Hyperlink fullText = new Hyperlink("Full text");
        fullText.setOnAction(e -> model.openFullText(item));
        top.getChildren().addAll(number, badge, fullText);
        if (item.state() == VersionState.ADDED || item.state() == VersionState.FROM_START) {
            card.getStyleClass().add(HistoryStyles.VERSION_FIRST);
        }
        WordingArea wording = new WordingArea(item.wording());
        VBox.setMargin(wording, new Insets(0, 0, 0, 0));
        card.getChildren().add(wording);
        return card;
    }
}
