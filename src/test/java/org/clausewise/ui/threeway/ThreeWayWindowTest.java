package org.clausewise.ui.threeway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewise.present.ViewOptions;
import org.clausewise.ui.AppServices;
import org.clausewise.ui.FxTestSupport;
import org.clausewise.ui.MainWindow;
import org.clausewise.ui.TestServices;
import org.clausewise.ui.ThreeWayActions;
import org.clausewise.ui.theme.Theme;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.settings.Settings;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The negotiation view on the bundled corpus, headless: opened from a draft in the timeline, its
 * rows and stories, F7, and how it looks at 1440×900 and 1024×700, light and dark (PNGs in
 * target/screens).
 */
class ThreeWayWindowTest extends ApplicationTest {
    @TempDir
    Path config;

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        AppServices services = TestServices.onCorpus(config);
        window = new MainWindow(services, Settings.defaults().withWindow(0, 0, 1280, 780, false));
        window.present(stage);
        window.viewModel().load(null, null, false);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private LibraryEntry entry(String fileName) {
        return window.viewModel().libraryProperty().get().findByFileName(fileName).orElseThrow();
    }

    @Test
    void aDraftInTheTimelineOpensItsThreeTexts() throws Exception {
        ContextMenu menu = interactGet(() -> window.sidebar().entryMenu(entry("A-67-draft-Third-Committee.txt")));
        MenuItem item = menu.getItems().get(0);
        assertEquals(ThreeWayActions.DRAFT_ACTION, item.getText());
        assertFalse(item.isDisable());
        assertNull(window.sidebar().entryMenu(entry("A-RES-67-169.txt")), "adopted texts have no such item");
        interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        ThreeWayView view = openView();
        assertEquals(23, view.cells().size());
        ThreeWayRowCell op12 = view.cells().get(20);
        assertEquals("OP 12", op12.row().label());
        assertTrue(from(op12).lookup(".label").queryAll().stream().map(n -> ((Label) n).getText()).toList()
                .containsAll(List.of("changed in negotiation", "new this session", "verb changed")));
        FxTestSupport.saveSnapshot(view.getScene(), "threeway-window");

        assertEquals(STORIES, interactGet(() -> view.cells().stream().map(ThreeWayWindowTest::shown).toList()));

        interact(() -> view.getScene().getWindow().requestFocus());
        List<String> stops = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            type(KeyCode.F7);
            stops.add(view.panel().list().getSelectionModel().getSelectedItem().label());
        }
        assertEquals(List.of("PP 2", "PP 3", "OP 8", "OP 10", "OP 12", "OP 14", "OP 14"), stops,
                "F7 stops at each story but carried over, and stays on the last");
        assertEquals("Change 6 of 6", lookup("#negotiation-position").queryAs(Label.class).getText());
        press(KeyCode.SHIFT).type(KeyCode.F7).release(KeyCode.SHIFT);
        assertEquals("Change 5 of 6", lookup("#negotiation-position").queryAs(Label.class).getText());
        assertEquals("OP 12", view.panel().list().getSelectionModel().getSelectedItem().label());
    }

    /**
     * Every row as the window shows it: the three numbers ("-" for a gap) and the story badge, the
     * stories of org.clausewise.compare.NegotiationStoriesTest in the badge's words.
     */
    private static final List<String> STORIES = List.of(
            "PP 1 | PP 1 | PP 1 | carried over unchanged",
            "PP 2 | PP 2 | PP 2 | changed from last year",
            "PP 3 | PP 3 | PP 3 | changed in negotiation",
            "PP 4 | PP 4 | PP 4 | carried over unchanged",
            "PP 5 | PP 5 | PP 5 | carried over unchanged",
            "PP 6 | PP 6 | PP 6 | carried over unchanged",
            "PP 7 | PP 7 | PP 7 | carried over unchanged",
            "PP 8 | PP 8 | PP 8 | carried over unchanged",
            "PP 9 | PP 9 | PP 9 | carried over unchanged",
            "OP 1 | OP 1 | OP 1 | carried over unchanged",
            "OP 2 | OP 2 | OP 2 | carried over unchanged",
            "OP 3 | OP 3 | OP 3 | carried over unchanged",
            "OP 4 | OP 4 | OP 4 | carried over unchanged",
            "OP 5 | OP 5 | OP 5 | carried over unchanged",
            "OP 6 | OP 6 | OP 6 | carried over unchanged",
            "OP 7 | OP 7 | OP 7 | carried over unchanged",
            "OP 8 | OP 8 | OP 8 | changed from last year",
            "OP 9 | OP 9 | OP 9 | carried over unchanged",
            "- | OP 10 | OP 10 | new this session",
            "OP 10 | OP 11 | OP 11 | carried over unchanged",
            "- | OP 12 | OP 12 | changed in negotiation",
            "OP 11 | OP 13 | OP 13 | carried over unchanged",
            "OP 12 | OP 14 | OP 14 | changed from last year");

    private static String shown(ThreeWayRowCell cell) {
        List<String> numbers = cell.lookupAll("." + org.clausewise.ui.theme.Styles.CLAUSE_NUMBER).stream()
                .map(n -> ((Label) n).getText()).map(t -> t.isEmpty() ? "-" : t).toList();
        String story = ((Label) cell.lookup("." + ThreeWayStyles.STORY)).getText();
        return String.join(" | ", numbers) + " | " + story;
    }

    /** View → Compare Three Texts…: picking the draft fills in its series' other two texts; OK opens the view. */
    @Test
    void theDialogFillsInTheDraftsSeries() throws Exception {
        MenuItem compareThree = window.viewMenu().getItems().stream()
                .filter(i -> "Compare _Three Texts\u2026".equals(i.getText())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(compareThree::fire); // the dialog waits for its answer
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<LibraryEntry> previous = lookup("#three-previous").queryComboBox();
        javafx.scene.control.ComboBox<LibraryEntry> draft = lookup("#three-draft").queryComboBox();
        javafx.scene.control.ComboBox<LibraryEntry> adopted = lookup("#three-adopted").queryComboBox();
        interact(() -> draft.setValue(entry("A-67-draft-Third-Committee.txt")));
        assertEquals(entry("A-RES-65-218.txt"), previous.getValue());
        assertEquals(entry("A-RES-67-169.txt"), adopted.getValue());
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) draft.getScene().getRoot();
        javafx.scene.Node ok = pane.lookupButton(javafx.scene.control.ButtonType.OK);
        assertFalse(ok.isDisable());
        FxTestSupport.saveSnapshot(draft.getScene(), "threeway-dialog");
        interact(() -> adopted.setValue(previous.getValue()));
        assertTrue(ok.isDisable(), "the same text twice");
        interact(() -> adopted.setValue(entry("A-RES-67-169.txt")));
        interact(() -> ((javafx.scene.control.Button) ok).fire());
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> {
            try {
                openView();
                return true;
            } catch (AssertionError notYet) {
                return false;
            }
        });
        assertEquals(23, interactGet(() -> openView().cells().size()));
    }

    /**
     * How it looks: at 1440×900 (light, from the top; dark, at OP 12) and at 1024×700, where the
     * change list folds away and the three columns keep a readable width. Drawn in scenes of those
     * sizes (the headless screen is smaller than 1440×900).
     */
    @Test
    void readableAt1440And1024LightAndDark() throws Exception {
        ThreeWayViewModel vm = new ThreeWayViewModel(corpusTriple(), ViewOptions.ALL);
        Scene wide = scene(vm, 1440, 900, Theme.LIGHT);
        FxTestSupport.saveSnapshot(wide, "threeway-light");
        ThreeWayView view = (ThreeWayView) wide.getRoot();
        assertTrue(view.getItemsInSplit().contains(view.panel()), "the change list beside the rows");
        interact(() -> {
            for (int i = 0; i < 5; i++) {
                vm.nextChange();
            }
            wide.getStylesheets().setAll(Theme.DARK.stylesheets());
        });
        assertEquals("OP 12", vm.currentRow().orElseThrow().label());
        WaitForAsyncUtils.waitForFxEvents();
        FxTestSupport.saveSnapshot(wide, "threeway-dark-op12");

        Scene small = scene(new ThreeWayViewModel(corpusTriple(), ViewOptions.ALL), 1024, 700, Theme.LIGHT);
        ThreeWayView narrow = (ThreeWayView) small.getRoot();
        assertFalse(narrow.getItemsInSplit().contains(narrow.panel()), "the change list folds away");
        double textWidth = narrow.cells().get(0).getChildren().stream()
                .filter(n -> n instanceof javafx.scene.text.TextFlow)
                .mapToDouble(n -> n.getLayoutBounds().getWidth()).min().orElse(0);
        assertTrue(textWidth >= ThreeWayRowCell.TEXT_MIN_WIDTH, "columns at least readable: " + textWidth);
        FxTestSupport.saveSnapshot(small, "threeway-1024");
        interact(() -> small.getStylesheets().setAll(Theme.DARK.stylesheets()));
        FxTestSupport.saveSnapshot(small, "threeway-1024-dark");
    }

    /**
     * A real triple with an annex (78/249 → 79/255, the adopted text standing in for the draft): an
     * annex paragraph's number wraps in its narrow column instead of being cut short. Skipped without
     * ../shared/pdf.
     */
    @Test
    void annexNumbersWrapInTheirColumn() throws Exception {
        Path previous = Path.of("..", "shared", "pdf", "78", "A_RES_78_249.pdf");
        Path adopted = Path.of("..", "shared", "pdf", "79", "A_RES_79_255.pdf");
        Assumptions.assumeTrue(Files.isRegularFile(previous) && Files.isRegularFile(adopted),
                "../shared/pdf is not there");
        Resolution last = ResolutionFiles.read(previous);
        Resolution now = ResolutionFiles.read(adopted);
        ThreeWayViewModel vm = new ThreeWayViewModel(new org.clausewise.compare.ThreeWayComparer().compare(last, now,
                now), ViewOptions.ALL);
        Scene scene = scene(vm, 1440, 900, Theme.LIGHT);
        ThreeWayView view = (ThreeWayView) scene.getRoot();
        interact(() -> vm.presentation().changes().forEach(c -> vm.nextChange()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.currentRow().orElseThrow().label().startsWith("Annex"), vm.currentRow().orElseThrow().label());
        FxTestSupport.saveSnapshot(scene, "threeway-annex");
        List<String> cut = interactGet(() -> view.cells().stream()
                .flatMap(cell -> cell.lookupAll("." + org.clausewise.ui.theme.Styles.CLAUSE_NUMBER).stream())
                .map(n -> (Label) n)
                .filter(l -> !l.getText().isEmpty() && !((javafx.scene.text.Text) l.lookup(".text")).getText()
                        .equals(l.getText()))
                .map(Label::getText).toList());
        assertEquals(List.of(), cut, "numbers shown in full");
    }

    private Scene scene(ThreeWayViewModel vm, double width, double height, Theme theme) throws Exception {
        Scene scene = interactGet(() -> {
            Scene made = new Scene(new ThreeWayView(vm, () -> { }), width, height);
            made.getStylesheets().setAll(theme.stylesheets());
            made.getRoot().applyCss();
            made.getRoot().layout();
            return made;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return scene;
    }

    private org.clausewise.compare.ThreeWayComparison corpusTriple() {
        ThreeTexts texts = ThreeTexts.forDraft(window.viewModel().libraryProperty().get(),
                entry("A-67-draft-Third-Committee.txt")).orElseThrow();
        assertEquals("A-RES-65-218.txt", texts.previous().source().getFileName().toString());
        assertEquals("A-RES-67-169.txt", texts.adopted().source().getFileName().toString());
        return new org.clausewise.compare.ThreeWayComparer().compare(texts.previous().resolution(),
                texts.draft().resolution(), texts.adopted().resolution());
    }

    private ThreeWayView openView() {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof ThreeWayView v) {
                return v;
            }
        }
        throw new AssertionError("no negotiation window open");
    }

    private <T> T interactGet(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
