package org.clausewise.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Part;
import org.clausewise.ui.background.DirectExecutor;
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

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real window on the bundled corpus (real parser, corpus loader and compare engine), headless:
 * the 61st-session text against the 69th, as a reader would check it.
 */
class CorpusWindowTest extends ApplicationTest {
    private static final String LEFT = "A-RES-61-168.txt";
    private static final String RIGHT = "A-RES-69-179.txt";

    @TempDir
    Path config;

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        System.setProperty("clausewise.config", config.toString());
        System.setProperty("clausewise.corpus", Path.of("corpus").toAbsolutePath().toString());
        AppServices services = CompositionRoot.create(new DirectExecutor());
        window = new MainWindow(services, Settings.defaults().withWindow(0, 0, 1280, 780, false));
        window.show(stage);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        System.clearProperty("clausewise.config");
        System.clearProperty("clausewise.corpus");
    }

    private LibraryEntry entry(String fileName) {
        return window.viewModel().libraryProperty().get().findByFileName(fileName).orElseThrow(
                () -> new AssertionError(fileName + " is not in the library"));
    }

    private void pick61And69() {
        interact(() -> {
            window.viewModel().leftProperty().set(entry(LEFT));
            window.viewModel().rightProperty().set(entry(RIGHT));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<RowCell> operativeRow(Integer left, Integer right) {
        return window.viewer().cells().stream()
                .filter(c -> c.row().part() == Part.OPERATIVE)
                .filter(c -> java.util.Objects.equals(c.row().leftNumber(), left)
                        && java.util.Objects.equals(c.row().rightNumber(), right))
                .findFirst();
    }

    private static JsonNode pair61To69() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode pairs;
        Properties seedFiles = new Properties();
        try (InputStream in = CorpusWindowTest.class.getResourceAsStream("/pairs.json");
             InputStream names = CorpusWindowTest.class.getResourceAsStream("/seed-files.properties")) {
            pairs = json.readTree(in);
            seedFiles.load(names);
        }
        for (JsonNode pair : pairs) {
            if (LEFT.equals(seedFiles.getProperty(pair.get("left").asText()))
                    && RIGHT.equals(seedFiles.getProperty(pair.get("right").asText()))) {
                return pair;
            }
        }
        throw new AssertionError("pairs.json has no 61/168 -> 69/179 pair");
    }

    @Test
    void opensOnTheBundledCorpusWithBothSeries() {
        List<LibraryEntry> all = window.viewModel().libraryProperty().get().entries();
        assertEquals(11, all.size(), "the eleven texts of corpus/");
        assertTrue(window.sidebar().tree().getRoot().getChildren().size() >= 3, "three series at least");
        assertTrue(entry("A-67-draft-Third-Committee.txt").isDraft());
    }

    @Test
    void operativeRowsLineUpAsPairsJsonSays() throws Exception {
        pick61And69();
        // rows out of view show light previews; build every row's areas, then let them lay out
        interact(() -> window.viewer().cells().forEach(RowCell::realize));
        WaitForAsyncUtils.waitForFxEvents();
        JsonNode pair = pair61To69();
        var map = pair.get("operative_map").fields();
        while (map.hasNext()) {
            var e = map.next();
            int left = Integer.parseInt(e.getKey());
            int right = e.getValue().asInt();
            RowCell cell = operativeRow(left, right).orElseThrow(
                    () -> new AssertionError("OP " + left + " should be on the row of OP " + right));
            double leftY = cell.area(Side.LEFT).localToScene(0, 0).getY();
            double rightY = cell.area(Side.RIGHT).localToScene(0, 0).getY();
            assertEquals(leftY, rightY, 0.5, "OP " + left + " and OP " + right + " start on the same line");
        }
        for (JsonNode added : pair.get("operative_added")) {
            RowCell cell = operativeRow(null, added.asInt()).orElseThrow(
                    () -> new AssertionError("OP " + added.asInt() + " should be shown as added"));
            assertEquals(ChangeKind.ADDED, cell.row().kind());
            assertNull(cell.area(Side.LEFT), "a gap on the left of added OP " + added.asInt());
            ClauseArea area = cell.area(Side.RIGHT);
            assertTrue(area.styled().classesAt(0).contains(Styles.INSERTED), "added text is drawn as inserted");
            assertTrue(area.getStyleAtPosition(1).contains(Styles.INSERTED), "and the area carries the style");
            assertNotNull(lookup(".badge").queryAll().stream()
                    .filter(n -> n instanceof javafx.scene.control.Label l && l.getText().equals("added"))
                    .findFirst().orElse(null));
        }
        // OP 8 of the 69th session is new: "Emphasizes the need for a cooperative approach …"
        RowCell op8 = operativeRow(null, 8).orElseThrow();
        assertTrue(op8.area(Side.RIGHT).getText().startsWith("Emphasizes the need for a cooperative approach"));
    }

    @Test
    void nextChangeMovesTheCaretToTheNextChange() {
        pick61And69();
        List<ClauseRow> rows = window.viewModel().viewer().visibleRows();
        List<Integer> changes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (window.viewModel().viewer().presentation().clauseRows().get(i).isChange()) {
                changes.add(i);
            }
        }
        assertTrue(changes.size() >= 5, "61st → 69th has many changes");
        interact(() -> window.viewer().scrollPane().requestFocus());
        assertEquals(-1, window.viewModel().viewer().currentRowProperty().get(), "no change picked yet");
        type(KeyCode.F7);
        assertEquals((int) changes.get(0), window.viewModel().viewer().currentRowProperty().get());
        type(KeyCode.F7);
        assertEquals((int) changes.get(1), window.viewModel().viewer().currentRowProperty().get());
        RowCell cell = window.viewer().cells().get(changes.get(1));
        ClauseArea area = cell.changeArea();
        assertSame(area, window.scene().getFocusOwner(), "the caret is in the changed clause");
        assertEquals(Math.max(0, area.styled().firstChange()), area.getCaretPosition());
        assertTrue(cell.getStyleClass().contains(Styles.ROW_CURRENT));
        press(KeyCode.ALT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);
        assertEquals((int) changes.get(0), window.viewModel().viewer().currentRowProperty().get(), "Alt+Up goes back");
        press(KeyCode.SHIFT).press(KeyCode.F7).release(KeyCode.F7).release(KeyCode.SHIFT);
        assertEquals((int) changes.get(0), window.viewModel().viewer().currentRowProperty().get(),
                "nothing before the first change");
    }

    @Test
    void swapButtonSwapsTheTexts() {
        pick61And69();
        clickOn("#swap");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(entry(RIGHT), window.viewModel().leftProperty().get());
        assertEquals(entry(LEFT), window.viewModel().rightProperty().get());
        var comparison = window.viewModel().viewer().comparisonProperty().get();
        assertEquals("A/RES/69/179", comparison.left().symbol());
        // what was added going forward is removed going back
        RowCell op8 = window.viewer().cells().stream()
                .filter(c -> c.row().part() == Part.OPERATIVE && Integer.valueOf(8).equals(c.row().leftNumber())
                        && c.row().right() == null)
                .findFirst().orElseThrow();
        assertEquals(ChangeKind.REMOVED, op8.row().kind());
    }

    @Test
    void aBadFileShowsAnErrorAndLeavesTheLibraryAsItWas() throws Exception {
        Path bad = config.resolve("shopping-list.txt");
        Files.writeString(bad, "Eggs\nMilk\nBread\n");
        List<LibraryEntry> before = window.viewModel().libraryProperty().get().entries();
        interact(() -> window.openFiles(List.of(bad)));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = Window.getWindows().stream()
                .filter(w -> w != window.scene().getWindow() && w.getScene() != null)
                .map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no error dialog"));
        assertTrue(dialog.getHeaderText().startsWith("Could not read"), dialog.getHeaderText());
        assertTrue(dialog.getContentText().startsWith("shopping-list.txt"), dialog.getContentText());
        assertEquals(1, dialog.getContentText().split("shopping-list.txt", -1).length - 1, "the file is named once");
        assertFalse(dialog.getContentText().contains("Exception"), "a message, not a stack trace");
        assertEquals(before, window.viewModel().libraryProperty().get().entries());
        assertFalse(Files.exists(config.resolve("library.txt")) && Files.readString(config.resolve("library.txt"))
                .contains("shopping-list"), "the bad file is not remembered");
        Node ok = dialog.lookupButton(javafx.scene.control.ButtonType.OK);
        interact(() -> ((javafx.scene.control.Button) ok).fire());
    }

    @Test
    void exportPdfWritesTheComparisonOnScreen() throws Exception {
        pick61And69();
        Path out = config.resolve("61-vs-69");
        interact(() -> window.exportPdf(out));
        Path pdf = config.resolve("61-vs-69.pdf");
        assertTrue(Files.exists(pdf), "the .pdf extension is added");
        byte[] head = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(window.viewModel().statusProperty().get().startsWith("Saved "));
    }

    @Test
    void exportToAMissingFolderShowsAnErrorAndWritesNothing() {
        pick61And69();
        Path out = config.resolve("no-such-folder").resolve("out.pdf");
        interact(() -> window.exportPdf(out));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = Window.getWindows().stream()
                .filter(w -> w != window.scene().getWindow() && w.getScene() != null)
                .map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no error dialog"));
        assertEquals("Could not write the PDF", dialog.getHeaderText());
        assertFalse(Files.exists(out));
    }

    @Test
    void onlyRowsNearTheViewGetTheirTextAreasUntilScrolledTo() {
        pick61And69();
        List<RowCell> cells = window.viewer().cells();
        assertTrue(cells.get(0).isRealized(), "PP 1 is in view");
        RowCell last = cells.get(cells.size() - 1);
        assertFalse(last.isRealized(), "OP 15 is far below");
        interact(() -> window.viewer().scrollPane().setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(last.isRealized(), "scrolled into view");
    }
}
