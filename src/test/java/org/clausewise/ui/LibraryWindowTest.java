package org.clausewise.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.clausewise.corpus.MissingFile;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library in the real window, headless: a missing file is listed greyed with its reason at the
 * top of the sidebar and named in a notice; Delete in the sidebar removes the selected text (the
 * file stays), and the notice's Undo brings it back.
 */
class LibraryWindowTest extends ApplicationTest {
    @TempDir
    static Path config;
    @TempDir
    static Path texts;

    private MainWindow window;

    @Override
    public void start(Stage stage) throws Exception {
        Path gone = texts.resolve("gone.txt");
        Files.writeString(config.resolve("library.txt"), gone + "\n");
        AppServices services = TestServices.onCorpus(config);
        window = new MainWindow(services, Settings.defaults().withWindow(0, 0, 1280, 780, false));
        window.show(stage); // loads the library
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    private String noticeText() {
        return window.scene().getRoot().lookupAll(".notice .label").stream()
                .map(n -> ((Labeled) n).getText()).collect(Collectors.joining(" | "));
    }

    private List<TreeCell<?>> cellsShowing(Class<?> kind) {
        return window.sidebar().tree().lookupAll(".tree-cell").stream()
                .<TreeCell<?>>map(n -> (TreeCell<?>) n).filter(c -> kind.isInstance(c.getItem())).toList();
    }

    @Test
    void aMissingFileIsGreyedWithItsReasonAndDeleteRemovesATextWithUndo() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<TreeCell<?>> missing = cellsShowing(MissingFile.class);
        assertEquals(1, missing.size(), "listed, not dropped");
        assertTrue(missing.get(0).getStyleClass().contains("missing"), "greyed");
        String row = missing.get(0).lookupAll(".label").stream().map(n -> ((Labeled) n).getText())
                .collect(Collectors.joining(" "));
        assertTrue(row.contains("gone.txt") && row.contains("moved or deleted"), row);
        assertTrue(noticeText().contains("gone.txt is missing from your library (moved or deleted)"),
                noticeText() + " / " + window.viewModel().notices().shown());
        FxTestSupport.saveSnapshot(window.scene(), "library-missing");

        int before = window.viewModel().libraryProperty().get().textCount();
        TreeItem<Object> text = window.sidebar().tree().getRoot().getChildren().stream()
                .flatMap(s -> s.getChildren().stream()).filter(i -> i.getValue() instanceof LibraryEntry)
                .findFirst().orElseThrow();
        interact(() -> {
            window.sidebar().tree().getSelectionModel().select(text);
            window.sidebar().tree().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.sidebar().details().isVisible(), "where the selected text comes from");
        FxTestSupport.saveSnapshot(window.scene(), "library-details");
        type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before - 1, window.viewModel().libraryProperty().get().textCount());
        assertTrue(Files.exists(((LibraryEntry) text.getValue()).source()), "the file stays on disk");
        assertTrue(noticeText().contains("from the library; the file stays on disk"), noticeText());

        Button undo = window.scene().getRoot().lookupAll(".notice .button").stream()
                .filter(n -> n instanceof Button b && b.getText().equals("Undo")).map(n -> (Button) n)
                .findFirst().orElseThrow();
        interact(undo::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.viewModel().libraryProperty().get().textCount());
        assertFalse(noticeText().contains("stays on disk"), "the notice closed");
    }
}
