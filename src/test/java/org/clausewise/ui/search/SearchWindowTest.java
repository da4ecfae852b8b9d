package org.clausewise.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clausewise.corpus.search.ClauseHit;
import org.clausewise.corpus.search.SearchIndex;
import org.clausewise.corpus.search.SearchMode;
import org.clausewise.corpus.search.SearchResult;
import org.clausewise.corpus.search.SeriesHits;
import org.clausewise.model.ClauseRow;
import org.clausewise.ui.FxTestSupport;
import org.clausewise.ui.MainWindow;
import org.clausewise.ui.TestServices;
import org.clausewise.ui.SearchActions;
import org.clausewise.ui.theme.Theme;
import org.clausewise.ui.background.DirectExecutor;
import org.clausewise.ui.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The search window over the real window on the bundled corpus, headless: a phrase of the
 * "Enhancement" series found in both series that use it, first agreed in the 61st session, and
 * hits opened in the main viewer (against the previous text, or the next for the first text).
 * Saves target/screens/search-light.png and search-dark.png to look at.
 */
class SearchWindowTest extends ApplicationTest {
    private static final String PHRASE = "international cooperation in the field of human rights";

    @TempDir
    static Path config;

    private MainWindow window;
    private SearchActions actions;

    @Override
    public void start(Stage stage) {
        window = new MainWindow(TestServices.onCorpus(config), Settings.defaults().withWindow(0, 0, 1200, 760, false));
        window.show(stage);
        actions = SearchActions.install(window, new DirectExecutor(), new LibrarySearch(SearchIndex::inMemory));
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private SearchResult search(String phrase, SearchMode mode) {
        interact(() -> {
            actions.open();
            actions.model().modeProperty().set(mode);
            actions.model().phraseProperty().set(phrase);
            actions.model().search();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return actions.model().resultProperty().get();
    }

    @Test
    void findsThePhraseGroupedBySeriesWithItsFirstAgreement() throws Exception {
        SearchResult r = search(PHRASE, SearchMode.NEAR);
        assertEquals("24 clauses in 6 texts of 2 series", actions.model().statusProperty().get());
        assertTrue(SearchViewModel.firstAppearance(r).startsWith("First agreed in A/RES/61/168, PP 2 (61st session"),
                SearchViewModel.firstAppearance(r));
        SearchView view = (SearchView) actions.stage().getScene().getRoot();
        assertEquals(2, view.results().getChildren().size(), "two series");
        assertEquals(List.of(5, 1), r.series().stream().map(SeriesHits::textCount).toList());
        FxTestSupport.saveSnapshot(actions.stage().getScene(), "search-light");
        interact(() -> view.lookupAll(".scroll-pane").forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1)));
        WaitForAsyncUtils.waitForFxEvents();
        FxTestSupport.saveSnapshot(actions.stage().getScene(), "search-light-end");
        interact(() -> window.setTheme(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(actions.stage().getScene().getStylesheets().get(0).endsWith("dark.css"), "follows the theme");
        FxTestSupport.saveSnapshot(actions.stage().getScene(), "search-dark");
    }

    @Test
    void aHitOpensAgainstThePreviousTextOfItsSeriesAtThatClause() {
        SearchResult r = search(PHRASE, SearchMode.NEAR);
        ClauseHit op12 = hit(r, "A/RES/67/169", "OP 12");
        interact(() -> actions.model().open(op12));
        WaitForAsyncUtils.waitForFxEvents();
        var vm = window.viewModel();
        assertEquals("A-67-draft-Third-Committee.txt", vm.leftProperty().get().source().getFileName().toString(),
                "the previous text of the series is the draft of the same session");
        assertEquals("A/RES/67/169", vm.rightProperty().get().resolution().symbol());
        ClauseRow current = vm.viewer().currentRowValue();
        assertNotNull(current);
        assertEquals("OP 12", current.right().label());
        assertTrue(vm.statusProperty().get().contains("against the previous text"), vm.statusProperty().get());
    }

    @Test
    void theFirstTextOfASeriesOpensAgainstTheNext() {
        SearchResult r = search(PHRASE, SearchMode.EXACT);
        ClauseHit pp2 = hit(r, "A/RES/61/168", "PP 2");
        interact(() -> actions.model().open(pp2));
        WaitForAsyncUtils.waitForFxEvents();
        var vm = window.viewModel();
        assertEquals("A/RES/61/168", vm.leftProperty().get().resolution().symbol());
        assertEquals("A/RES/65/218", vm.rightProperty().get().resolution().symbol());
        assertEquals("PP 2", vm.viewer().currentRowValue().left().label());
    }

    @Test
    void aPhraseWithoutWordsSaysSoAndEscapeCloses() {
        SearchResult r = search(" ... ", SearchMode.NEAR);
        assertEquals(null, r);
        assertEquals("Type a word or phrase to search for.", actions.model().statusProperty().get());
        assertTrue(actions.stage().isShowing());
        clickOn(((SearchView) actions.stage().getScene().getRoot()).phraseField());
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(actions.stage().isShowing());
    }

    @Test
    void theMenuItemIsInTheEditMenuWithItsShortcut() {
        assertTrue(window.editMenu().getItems().stream().anyMatch(i -> "_Search the Corpus\u2026".equals(i.getText())
                && SearchActions.SHORTCUT.equals(i.getAccelerator())));
    }

    private static ClauseHit hit(SearchResult r, String symbol, String label) {
        return r.series().stream().flatMap(s -> s.holding().stream()).flatMap(t -> t.clauses().stream())
                .filter(h -> symbol.equals(h.text().symbol()) && label.equals(h.label())).findFirst()
                .orElseThrow(() -> new AssertionError(label + " of " + symbol + " not found"));
    }
}
