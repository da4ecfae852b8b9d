package org.clausewise.ui;

import javafx.scene.control.TreeCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.settings.Settings;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.viewer.ClauseArea;
import org.clausewise.ui.viewer.RowCell;
import org.clausewise.present.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Find, zoom, copy a clause, the filter box, picking in the sidebar and the toggles, on the real corpus. */
class ReadingComfortTest extends ApplicationTest {
    @TempDir
    Path config;

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        window = new MainWindow(TestServices.onCorpus(config), Settings.defaults().withWindow(0, 0, 1280, 780, false));
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private LibraryEntry entry(String fileName) {
        return window.viewModel().libraryProperty().get().findByFileName(fileName).orElseThrow();
    }

    private void pick(String left, String right) {
        interact(() -> {
            window.viewModel().leftProperty().set(entry(left));
            window.viewModel().rightProperty().set(entry(right));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void findSelectsTheWordInItsClause() {
        pick("A-RES-61-168.txt", "A-RES-69-179.txt");
        press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        write("cooperative approach");
        type(KeyCode.ENTER);
        RowCell cell = window.viewer().cells().get(window.viewModel().viewer().currentRowProperty().get());
        assertEquals(Integer.valueOf(8), cell.row().rightNumber(), "only OP 8 of the 69th session says it");
        ClauseArea area = cell.area(Side.RIGHT);
        assertEquals("cooperative approach", area.getSelectedText());
    }

    @Test
    void zoomChangesTheTextSizeAndCtrlZeroResetsIt() {
        pick("A-RES-61-168.txt", "A-RES-69-179.txt");
        double before = window.viewModel().viewer().fontSizeProperty().get();
        press(KeyCode.CONTROL).press(KeyCode.EQUALS).release(KeyCode.EQUALS).release(KeyCode.CONTROL);
        press(KeyCode.CONTROL).press(KeyCode.EQUALS).release(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals(before + 2, window.viewModel().viewer().fontSizeProperty().get());
        press(KeyCode.CONTROL).press(KeyCode.MINUS).release(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertEquals(before + 1, window.viewModel().viewer().fontSizeProperty().get());
        press(KeyCode.CONTROL).press(KeyCode.DIGIT0).release(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(before, window.viewModel().viewer().fontSizeProperty().get());
    }

    @Test
    void copiesTheCurrentClauseWithSymbolAndNumber() throws Exception {
        pick("A-RES-61-168.txt", "A-RES-69-179.txt");
        interact(() -> window.viewModel().viewer().goTo(window.viewModel().viewer().visibleRows().stream()
                .filter(r -> r.right() != null && r.right().label().equals("OP 8")).findFirst().orElseThrow()));
        press(KeyCode.CONTROL).press(KeyCode.SHIFT).press(KeyCode.C)
                .release(KeyCode.C).release(KeyCode.SHIFT).release(KeyCode.CONTROL);
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertEquals("A/RES/69/179, OP 8: Emphasizes the need for a cooperative approach on the part of all "
                + "stakeholders to resolving human rights issues in international forums;", copied);
    }

    @Test
    void filterBoxNarrowsTheTimeline() {
        clickOn("#timeline-filter").write("privacy");
        WaitForAsyncUtils.waitForFxEvents();
        var series = window.sidebar().tree().getRoot().getChildren();
        assertEquals(1, series.size());
        assertTrue(series.get(0).getValue().toString().toLowerCase().contains("privacy"));
        assertEquals(3, series.get(0).getChildren().size(), "73rd, 75th and 79th sessions");
    }

    @Test
    void clickPicksTheLeftTextAndCtrlClickTheRight() {
        clickOn("#timeline-filter").write("privacy");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(cellOf("A/RES/73/179"));
        // picking redraws the cells (for the L / R marks), so look the next one up afresh
        press(KeyCode.CONTROL).clickOn(cellOf("A/RES/79/175")).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A/RES/73/179", window.viewModel().leftProperty().get().resolution().symbol());
        assertEquals("A/RES/79/175", window.viewModel().rightProperty().get().resolution().symbol());
        assertEquals("A/RES/79/175", window.viewModel().viewer().comparisonProperty().get().right().symbol());
    }

    private TreeCell<?> cellOf(String symbol) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() instanceof LibraryEntry e && symbol.equals(e.resolution().symbol()))
                .findFirst().orElseThrow();
    }

    @Test
    void showOnlyChangesAndHideEditorial() throws Exception {
        pick("A-67-draft-Third-Committee.txt", "A-RES-67-169.txt");
        int all = window.viewer().cells().size();
        clickOn("#only-changes");
        int changes = window.viewer().cells().size();
        assertTrue(changes < all, changes + " of " + all);
        assertTrue(window.viewer().cells().stream().allMatch(c -> c.row().isChange()));
        clickOn("#show-editorial");
        assertTrue(window.viewer().cells().size() < changes, "editorial-only rows go too");
        assertFalse(window.viewer().cells().stream().anyMatch(c -> c.presented().editorialOnly()));
        // OP 12: "Welcomes" became "Recalls" between the draft and the adopted text
        RowCell op12 = window.viewer().cells().stream()
                .filter(c -> Integer.valueOf(12).equals(c.row().rightNumber())).findFirst().orElseThrow();
        assertTrue(op12.row().verbChanged());
        // area() builds the row's text area when it was not yet in view: on the FX thread (a busy machine
        // may not have realized it by now)
        ClauseArea right = WaitForAsyncUtils.asyncFx(() -> op12.area(Side.RIGHT)).get();
        assertSame(right, WaitForAsyncUtils.asyncFx(op12::changeArea).get());
        assertTrue(right.styled().classesAt(0).contains(Styles.INSERTED), "Recalls is inserted");
    }

    @Test
    void clickingAChangeInTheListScrollsTheViewerToIt() {
        pick("A-RES-61-168.txt", "A-RES-69-179.txt");
        var list = window.changes().list();
        var op13 = list.getItems().stream()
                .map(r -> (org.clausewise.present.PresentedRow) r) // a text without sections lists clause rows only
                .filter(r -> r.source().left() == null && Integer.valueOf(13).equals(r.source().rightNumber()))
                .findFirst().orElseThrow();
        interact(() -> list.scrollTo(op13));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListCell<?> cell = lookup("#change-list .list-cell").queryAllAs(
                javafx.scene.control.ListCell.class).stream().filter(c -> op13.equals(c.getItem()))
                .findFirst().orElseThrow();
        clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(op13, window.viewModel().viewer().currentPresented());
        assertTrue(window.viewer().scrollPane().getVvalue() > 0.3, "scrolled down to the operative part");
        RowCell row = window.viewer().cells().get(window.viewModel().viewer().currentRowProperty().get());
        var bounds = row.localToScene(row.getBoundsInLocal());
        var viewport = window.viewer().scrollPane().localToScene(window.viewer().scrollPane().getBoundsInLocal());
        assertTrue(bounds.getMinY() >= viewport.getMinY() && bounds.getMinY() < viewport.getMaxY(),
                "the added OP 13 is in view");
    }
}
