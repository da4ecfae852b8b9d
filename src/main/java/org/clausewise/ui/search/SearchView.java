package org.clausewise.ui.search;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.clausewise.corpus.search.SearchMode;
import org.clausewise.corpus.search.SearchResult;
import org.clausewise.corpus.search.SessionCount;
import org.clausewise.model.Sessions;

/**
 * The search window's content: the phrase field and mode chooser on top, the counts and where the
 * phrase was first agreed, then the results by series (see {@link ResultCards}). Layout and
 * bindings only; the state is in {@link SearchViewModel}.
 */
public final class SearchView extends BorderPane {
    private final SearchViewModel model;
    private final TextField phrase = new TextField();
    private final ComboBox<SearchMode> mode = new ComboBox<>();
    private final Label firstAgreed = new Label();
    private final Label sessions = new Label();
    private final VBox results = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(results);

    public SearchView(SearchViewModel model) {
        this.model = model;
        getStyleClass().add(SearchStyles.VIEW);
        getStylesheets().add(SearchView.class.getResource(SearchStyles.STYLESHEET).toExternalForm());
        setTop(new VBox(bar(), summary()));
        results.getStyleClass().add(SearchStyles.RESULTS);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        model.resultProperty().addListener((obs, old, now) -> show(now));
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(phrase::requestFocus);
            }
        });
    }

    private HBox bar() {
        phrase.setId("search-phrase");
        phrase.setPromptText("A phrase, e.g. full and effective participation");
        phrase.textProperty().bindBidirectional(model.phraseProperty());
        phrase.setOnAction(e -> model.search());
        HBox.setHgrow(phrase, Priority.ALWAYS);
        mode.setId("search-mode");
        mode.getItems().setAll(SearchMode.values());
        mode.valueProperty().bindBidirectional(model.modeProperty());
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(SearchMode m) {
                return m == null ? "" : Character.toUpperCase(m.description().charAt(0)) + m.description().substring(1);
            }

            @Override
            public SearchMode fromString(String s) {
                return null;
            }
        });
        mode.valueProperty().addListener((obs, old, now) -> {
            if (model.resultProperty().get() != null) {
                model.search(); // a new mode answers the same phrase at once
            }
        });
        Button go = new Button("Search");
        go.setDefaultButton(true);
        go.setOnAction(e -> model.search());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        busy.managedProperty().bind(model.busyProperty());
        HBox bar = new HBox(8, phrase, mode, go, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 6, 10));
        bar.getStyleClass().add(SearchStyles.BAR);
        return bar;
    }

    private VBox summary() {
        Label status = new Label();
        status.setId("search-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        firstAgreed.setId("first-agreed");
        firstAgreed.getStyleClass().add(SearchStyles.FIRST_AGREED);
        firstAgreed.setWrapText(true);
        sessions.getStyleClass().add(SearchStyles.MUTED);
        sessions.setWrapText(true);
        for (Label l : new Label[] {firstAgreed, sessions}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
        }
        VBox box = new VBox(3, status, firstAgreed, sessions);
        box.getStyleClass().add(SearchStyles.SUMMARY);
        return box;
    }

    private void show(SearchResult r) {
        results.getChildren().clear();
        firstAgreed.setText(r == null ? "" : SearchViewModel.firstAppearance(r));
        sessions.setText(r == null || r.isEmpty() ? "" : bySession(r));
        if (r != null) {
            results.getChildren().setAll(new ResultCards(model).of(r));
        }
        scroll.setVvalue(0);
    }

    private static String bySession(SearchResult r) {
        StringBuilder sb = new StringBuilder("By session: ");
        for (int i = 0; i < r.sessions().size(); i++) {
            SessionCount c = r.sessions().get(i);
            sb.append(i == 0 ? "" : " \u00B7 ").append(c.session() == null ? "unknown" : Sessions.ordinal(c.session()))
                    .append(' ').append(c.clauses());
        }
        return sb.toString();
    }

    public SearchViewModel model() {
        return model;
    }

    /** The results' nodes (tests look inside). */
    public VBox results() {
        return results;
    }

    public TextField phraseField() {
        return phrase;
    }
}
