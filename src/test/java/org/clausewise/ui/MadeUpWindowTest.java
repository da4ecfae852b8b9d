package org.clausewise.ui;

import javafx.stage.Stage;
import org.clausewise.model.Comparison;
import org.clausewise.ui.background.DirectExecutor;
import org.clausewise.ui.library.AddResult;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.LibraryService;
import org.clausewise.ui.library.SeriesTimeline;
import org.clausewise.ui.settings.Settings;
import org.clausewise.ui.settings.SettingsStore;
import org.clausewise.ui.theme.Theme;
import org.clausewise.ui.viewer.RowCell;
import org.clausewise.present.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The viewer drawing a hand-built (made-up) comparison: rows line up, gaps where a side has no clause. */
class MadeUpWindowTest extends ApplicationTest {
    @TempDir
    static Path config;

    private MainWindow window;
    private final Comparison comparison = MadeUpTexts.comparison();

    @Override
    public void start(Stage stage) {
        LibraryEntry l = new LibraryEntry(Path.of("made-up-left.txt"), comparison.left());
        LibraryEntry r = new LibraryEntry(Path.of("made-up-right.txt"), comparison.right());
        LibraryService lib = new LibraryService() {
            @Override
            public Library load(java.util.function.DoubleConsumer progress) {
                return new Library(List.of(new SeriesTimeline("Made-up cooperation", List.of(l, r), List.of())),
                        List.of());
            }

            @Override
            public AddResult add(List<Path> paths) {
                return new AddResult(load(p -> { }), 0, List.of());
            }
        };
        AppServices services = new AppServices(lib, p -> comparison.left(), (a, b) -> comparison,
                (c, out, o) -> { }, new DirectExecutor(), new SettingsStore(config));
        window = new MainWindow(services, Settings.defaults().withWindow(0, 0, 1280, 780, false));
        window.show(stage);
        window.viewModel().leftProperty().set(l);
        window.viewModel().rightProperty().set(r);
    }

    @Test
    void rowsLineUpAndAddedClauseHasAGapOnTheLeft() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        List<RowCell> cells = window.viewer().cells();
        assertTrue(cells.stream().allMatch(RowCell::isRealized), "all six rows are in view, so all have their areas");
        assertEquals(6, cells.size());
        RowCell added = cells.get(2);
        assertNull(added.area(Side.LEFT), "no left clause for the added OP 2");
        for (RowCell cell : cells) {
            if (cell.area(Side.LEFT) != null && cell.area(Side.RIGHT) != null) {
                assertEquals(cell.area(Side.LEFT).localToScene(0, 0).getY(),
                        cell.area(Side.RIGHT).localToScene(0, 0).getY(), 0.5, "both sides start on the same line");
            }
        }
        interact(() -> window.viewModel().viewer().nextChange());
        FxTestSupport.saveSnapshot(window.scene(), "made-up-light");
        interact(() -> window.setTheme(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        FxTestSupport.saveSnapshot(window.scene(), "made-up-dark");
        FxToolkit.cleanupStages();
    }
}
