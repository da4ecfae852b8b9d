package org.clausewise.ui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.clausewise.corpus.search.ClauseHit;
import org.clausewise.corpus.search.SearchResult;
import org.clausewise.corpus.search.SeriesHits;
import org.clausewise.corpus.search.TextInfo;
import org.clausewise.corpus.search.TextStep;
import org.clausewise.model.Sessions;

/**
 * The nodes of a result: per series, a title, a strip of its texts by session saying what
 * happened to the wording in each (first, unchanged, edited, changed, new clause, absent), and a
 * card per clause holding the phrase, its wording marked or as a redline from the text before.
 * A card opens its clause in a comparison (click, or Enter when focused).
 */
final class ResultCards {
    private final SearchViewModel model;

    ResultCards(SearchViewModel model) {
        this.model = model;
    }

    List<Node> of(SearchResult result) {
        List<Node> nodes = new ArrayList<>();
        for (SeriesHits s : result.series()) {
            nodes.add(series(s));
        }
        if (result.moreSeries() > 0) {
            Button more = new Button("Show " + SearchViewModel.count(Math.min(result.moreSeries(), SearchViewModel.PAGE),
                    "more series") + " (of " + result.moreSeries() + ")");
            more.getStyleClass().add(SearchStyles.MORE);
            more.setOnAction(e -> model.showMore());
            nodes.add(more);
        }
        return nodes;
    }

    private Node series(SeriesHits s) {
        Label title = new Label(s.title());
        title.getStyleClass().add(SearchStyles.SERIES_TITLE);
        title.setWrapText(true);
        Label counts = new Label(SearchViewModel.count(s.clauseCount(), "clause") + " in "
                + SearchViewModel.count(s.textCount(), "text") + " of the " + s.timeline().size() + " in this series");
        counts.getStyleClass().add(SearchStyles.MUTED);
        VBox box = new VBox(4, title, counts, strip(s));
        box.getStyleClass().add(SearchStyles.SERIES);
        for (TextStep step : s.timeline()) {
            if (step.holdsPhrase()) {
                for (ClauseHit h : step.clauses()) {
                    box.getChildren().add(card(h));
                }
            } else if (!box.getChildren().isEmpty() && heldBefore(s, step)) {
                Label absent = new Label(step.text().sessionLabel() + " \u00B7 " + step.text().displayName()
                        + " \u2014 not in this text");
                absent.getStyleClass().addAll(SearchStyles.MUTED, SearchStyles.ABSENT);
                box.getChildren().add(absent);
            }
        }
        if (s.moreTexts() > 0) {
            Label more = new Label("\u2026 and " + SearchViewModel.count(s.moreTexts(), "more text")
                    + " of this series holding it: search a longer phrase to see them");
            more.getStyleClass().add(SearchStyles.MUTED);
            box.getChildren().add(more);
        }
        return box;
    }

    /** Whether an earlier text of the series held the phrase: then its absence here is worth a line. */
    private static boolean heldBefore(SeriesHits s, TextStep step) {
        for (TextStep t : s.timeline()) {
            if (t == step) {
                return false;
            }
            if (t.holdsPhrase()) {
                return true;
            }
        }
        return false;
    }

    /** One chip per text of the series, by session, with what happened to the wording there. */
    private static Node strip(SeriesHits s) {
        FlowPane strip = new FlowPane(4, 4);
        strip.getStyleClass().add(SearchStyles.STRIP);
        for (TextStep step : s.timeline()) {
            String what = what(step);
            TextInfo t = step.text();
            String session = t.session() == null ? "?" : Sessions.ordinal(t.session());
            Label chip = new Label(session + (t.isAdopted() ? "" : " draft") + " \u00B7 " + word(what));
            chip.getStyleClass().addAll(SearchStyles.STEP, SearchStyles.step(what));
            chip.setTooltip(new Tooltip(t.displayName() + ": " + word(what)));
            strip.getChildren().add(chip);
        }
        return strip;
    }

    /** first, unchanged, editorial, substantive, new or absent: the strongest of a text's hits. */
    static String what(TextStep step) {
        if (!step.holdsPhrase()) {
            return "absent";
        }
        boolean anyNew = false;
        for (ClauseHit h : step.clauses()) {
            if (h.change() == null) {
                return "first";
            }
            anyNew |= h.change().isNew();
        }
        if (step.change() != null) {
            return step.change().jsonName();
        }
        return anyNew ? "new" : "unchanged";
    }

    static String word(String what) {
        switch (what) {
            case "first": return "first";
            case "substantive": return "changed";
            case "editorial": return "edited";
            case "new": return "new clause";
            case "absent": return "absent";
            default: return "same";
        }
    }

    private Node card(ClauseHit h) {
        String what = h.change() == null ? "first" : h.change().isNew() ? "new"
                : h.change().unchanged() ? "unchanged" : h.wordingChange().jsonName();
        Label session = new Label(h.text().sessionLabel());
        session.getStyleClass().add(SearchStyles.MUTED);
        Label ref = new Label(h.text().displayName() + ", " + h.clauseReference());
        ref.getStyleClass().add(SearchStyles.HIT_REF);
        Label badge = new Label(badge(what, h));
        badge.getStyleClass().addAll(SearchStyles.BADGE, SearchStyles.step(what));
        HBox head = new HBox(8, ref, session, badge);
        head.setAlignment(Pos.BASELINE_LEFT);
        head.getStyleClass().add(SearchStyles.HIT_HEAD);
        VBox card = new VBox(3, head);
        if (what.equals("first") || what.equals("new")) {
            card.getChildren().add(HitText.marked(h));
        } else if (!what.equals("unchanged")) {
            card.getChildren().add(HitText.redline(h.change().diff()));
        }
        card.getStyleClass().add(SearchStyles.HIT);
        if (what.equals("first")) {
            card.getStyleClass().add(SearchStyles.FIRST);
        }
        card.setFocusTraversable(true);
        card.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                model.open(h);
            }
        });
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                model.open(h);
                e.consume();
            }
        });
        Tooltip.install(card, new Tooltip("Open " + h.label() + " of " + h.text().displayName() + " in a comparison"));
        return card;
    }

    private static String badge(String what, ClauseHit h) {
        switch (what) {
            case "first": return "first here";
            case "new": return "new clause";
            case "unchanged": return "unchanged since " + h.change().previous();
            case "editorial": return "edited (editorial) from " + h.change().previous();
            default: return "changed from " + h.change().previous();
        }
    }
}
