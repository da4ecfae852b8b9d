package org.clausewise.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.model.Comparison;
import org.clausewise.present.MadeUpPair;
import org.clausewise.ui.background.BackgroundExecutor;
import org.clausewise.ui.library.AddResult;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.LibraryService;
import org.clausewise.ui.library.SeriesTimeline;
import org.clausewise.ui.settings.Settings;
import org.clausewise.ui.settings.SettingsStore;
import org.clausewise.ui.theme.Theme;
import org.clausewise.ui.viewer.RowCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window while a comparison runs and after: the viewer and the change list say what is being
 * compared, then "change n of N" beside the list follows F7, Shift+F7 and clicks, and a new pair
 * starts at its top. The made-up pair (real compare engine) has a reordered clause and a moved one.
 */
class ChangePositionWindowTest extends ApplicationTest {
    @TempDir
    static Path config;

    private MainWindow window;
    private final HeldExecutor executor = new HeldExecutor();
    private final LibraryEntry left = new LibraryEntry(Path.of("made-up-1.txt"), MadeUpPair.left());
    private final LibraryEntry right = new LibraryEntry(Path.of("made-up-2.txt"), MadeUpPair.right());

    /** Runs loading at once, but holds comparisons until the test lets them finish. */
    private static final class HeldExecutor implements BackgroundExecutor {
        final List<Runnable> held = new ArrayList<>();
        boolean hold;

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            Runnable run = () -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            };
            if (hold) {
                held.add(run);
            } else {
                run.run();
            }
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        void release() {
            List<Runnable> now = new ArrayList<>(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    @Override
    public void start(Stage stage) {
        LibraryService lib = new LibraryService() {
            @Override
            public Library load(java.util.function.DoubleConsumer progress) {
                return new Library(List.of(new SeriesTimeline("Made-up cooperation", List.of(left, right), List.of())),
                        List.of());
            }

            @Override
            public AddResult add(List<Path> paths) {
                return new AddResult(load(p -> { }), 0, List.of());
            }
        };
        ResolutionComparer comparer = new ResolutionComparer();
        AppServices services = new AppServices(lib, p -> left.resolution(), comparer::compare,
                (c, out, o) -> { }, executor, new SettingsStore(config));
        window = new MainWindow(services, Settings.defaults().withWindow(0, 0, 1280, 780, false));
        window.show(stage);
    }

    private String viewerPlaceholder() {
        return lookup(".comparison-viewer .placeholder").queryAs(Label.class).getText();
    }

    @Test
    void whileComparingBothPanelsSaySoThenThePositionFollowsF7AndClicks() throws Exception {
        interact(() -> {
            // the first run opened the newest pair at once: start from nothing picked
            window.viewModel().leftProperty().set(null);
            window.viewModel().rightProperty().set(null);
        });
        assertEquals("Pick a left and a right text in the sidebar to compare them.", viewerPlaceholder());
        executor.hold = true;
        interact(() -> {
            window.viewModel().leftProperty().set(left);
            window.viewModel().rightProperty().set(right);
        });
        assertEquals("Comparing A/RES/1/1 with A/RES/2/2\u2026", viewerPlaceholder());
        assertEquals("Comparing A/RES/1/1 with A/RES/2/2\u2026",
                ((Label) window.changes().list().getPlaceholder()).getText());
        interact(executor::release);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("5 changes", window.changes().positionText());
        interact(() -> window.viewModel().viewer().nextChange());
        assertEquals("change 1 of 5", window.changes().positionText());
        type(javafx.scene.input.KeyCode.F7);
        type(javafx.scene.input.KeyCode.F7);
        assertEquals("change 3 of 5", window.changes().positionText());
        press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.F7)
                .release(javafx.scene.input.KeyCode.SHIFT);
        assertEquals("change 2 of 5", window.changes().positionText());
        RowCell op4 = window.viewer().cells().stream().filter(c -> c.presented().label().equals("OP 4"))
                .findFirst().orElseThrow();
        clickOn(op4);
        assertEquals("change 4 of 5", window.changes().positionText(), "a click on a changed row");
        assertEquals("OP 4", ((org.clausewise.present.PresentedRow) window.changes().list().getSelectionModel()
                .getSelectedItem()).label());
        clickOn("#next-change");
        assertEquals("change 5 of 5", window.changes().positionText(), "the button beside the list");
        FxTestSupport.saveSnapshot(window.scene(), "made-up-pair-light");
        interact(() -> window.setTheme(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        FxTestSupport.saveSnapshot(window.scene(), "made-up-pair-dark");
        FxToolkit.cleanupStages();
    }

    @Test
    void aNewPairStartsAtItsTop() {
        interact(() -> {
            window.viewModel().leftProperty().set(left);
            window.viewModel().rightProperty().set(right);
        });
        interact(() -> window.viewer().scrollPane().setVvalue(1));
        assertEquals(1.0, window.viewer().scrollPane().getVvalue(), 0.001);
        interact(() -> window.viewModel().viewer().showEditorialProperty().set(false));
        assertEquals(1.0, window.viewer().scrollPane().getVvalue(), 0.001, "new options keep the place");
        interact(window::swap);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.0, window.viewer().scrollPane().getVvalue(), 0.001, "the swapped pair starts at its top");
        assertTrue(window.viewer().cells().size() > 0);
    }
}
