package org.clausewise.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.clausewise.lineage.ClauseHistory;
import org.clausewise.lineage.ClauseVersion;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.ui.FxTestSupport;
import org.clausewise.ui.theme.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The two history screens drawn headless on the corpus: what is shown, and what clicking opens. */
class HistoryViewsTest extends ApplicationTest {
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("starting"), 900, 760));
        stage.getScene().getStylesheets().setAll(Theme.LIGHT.stylesheets());
        stage.show();
    }

    private void showRoot(Parent root) {
        interact(() -> stage.getScene().setRoot(root));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clauseHistoryListsEveryTextMarksTheFirstAppearanceAndStrikesWelcomes() throws Exception {
        ClauseHistory op12 = EnhancementSeries.lineage().historyOf(3, Part.OPERATIVE, 12).orElseThrow();
        ClauseHistoryViewModel model = new ClauseHistoryViewModel(op12, EnhancementSeries.series().title());
        List<ClauseVersion> opened = new ArrayList<>();
        model.setOnOpenFullText(opened::add);
        ClauseHistoryView view = new ClauseHistoryView(model);
        showRoot(view);

        Node draftCard = view.cardOf(model.items().get(2));
        assertTrue(draftCard.getStyleClass().contains(HistoryStyles.VERSION_FIRST), "first appearance marked");
        assertTrue(view.cardOf(model.items().get(0)).getStyleClass().contains(HistoryStyles.VERSION_ABSENT));
        WordingArea adopted = from(view.cardOf(model.items().get(3))).lookup(".clause-area").queryAs(WordingArea.class);
        String text = adopted.getText();
        int welcomes = text.indexOf("Welcomes");
        int recalls = text.indexOf("Recalls");
        assertTrue(adopted.getStyleOfChar(welcomes + 1).contains(HistoryStyles.DELETED));
        assertTrue(adopted.getStyleOfChar(recalls + 1).contains(HistoryStyles.INSERTED));
        FxTestSupport.saveSnapshot(stage.getScene(), "history");

        clickOn(from(view.cardOf(model.items().get(3))).lookup(".hyperlink").queryAs(Hyperlink.class));
        assertEquals(List.of(op12.at(3).orElseThrow()), opened);

        interact(() -> stage.getScene().getStylesheets().setAll(Theme.DARK.stylesheets()));
        FxTestSupport.saveSnapshot(stage.getScene(), "history-dark");
    }

    @Test
    void fullTextShowsTheWholeResolutionWithTheClauseInView() throws Exception {
        ClauseHistory op12 = EnhancementSeries.lineage().historyOf(3, Part.OPERATIVE, 12).orElseThrow();
        FullTextView view = new FullTextView(op12.at(3).orElseThrow());
        showRoot(view);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.text().contains("12.  Recalls the initiative"), "the clause is in the text");
        assertTrue(view.text().startsWith("A/RES/67/169"), "headed by its symbol");
        WaitForAsyncUtils.waitForFxEvents();
        int target = WaitForAsyncUtils.asyncFx(view::targetParagraph).get();
        assertTrue(target > 20, "OP 12 is far down the text: paragraph " + target);
        assertTrue(WaitForAsyncUtils.asyncFx(view::targetInView).get(), "scrolled to OP 12");
        FxTestSupport.saveSnapshot(stage.getScene(), "full-text");
    }

    @Test
    void seriesOverviewCellsOpenTheHistoryAndHeadingsTheComparison() throws Exception {
        SeriesOverviewViewModel model = new SeriesOverviewViewModel(EnhancementSeries.lineage(),
                EnhancementSeries.series().title());
        List<ClauseHistory> histories = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        model.setOnOpenHistory(histories::add);
        model.setOnOpenComparison((Resolution l, Resolution r) -> pairs.add(l.displayName() + " → " + r.displayName()));
        SeriesOverviewView view = new SeriesOverviewView(model);
        showRoot(view);
        FxTestSupport.saveSnapshot(stage.getScene(), "series-overview");

        OverviewRow pp1 = model.rows(Part.PREAMBLE).get(0);
        Label cell = cellAt(view, pp1.cells().get(4));
        assertEquals(pp1.cells().get(4).label(), cell.getText());
        clickOn(cell);
        assertEquals(List.of(pp1.history()), histories);

        clickOn(from(view.grid()).lookup(".overview-column").nth(4).queryAs(Label.class));
        assertEquals(List.of("A/RES/67/169 → A/RES/69/179"), pairs);

        // Any pair: the heading's context menu (fired directly; Monocle opens no popup for a right click).
        Label first = from(view.grid()).lookup(".overview-column").nth(0).queryAs(Label.class);
        Menu with = (Menu) first.getContextMenu().getItems().get(0);
        assertEquals("Compare A/RES/61/168 with", with.getText());
        assertEquals(4, with.getItems().size());
        MenuItem to69 = with.getItems().stream().filter(i -> i.getText().equals("A/RES/69/179 (69th session)"))
                .findFirst().orElseThrow();
        interact(to69::fire);
        assertEquals(List.of("A/RES/67/169 → A/RES/69/179", "A/RES/61/168 → A/RES/69/179"), pairs);
    }

    private static Label cellAt(SeriesOverviewView view, OverviewCell wanted) {
        for (Node n : view.grid().getChildren()) {
            if (n.getUserData() == wanted) {
                return (Label) n;
            }
        }
        throw new AssertionError("no cell for " + wanted);
    }
}
