package org.clausewise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.ChangeSummary;
import org.clausewise.ui.background.DirectExecutor;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.settings.Settings;
import org.clausewise.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 80th session's draft A/80/L.18 as amended by both of its amendments in the window, from the
 * official PDFs (skipped without {@code ../shared/pdf}); the screen is saved as target/screens/amend-official.png.
 */
class OfficialAmendmentWindowTest extends ApplicationTest {
    private static final Path SHAPES = Path.of("..", "shared", "pdf", "80-shapes");

    @TempDir
    static Path config;

    private MainWindow window;
    private final List<LibraryEntry> texts = new ArrayList<>();

    @Override
    public void start(Stage stage) throws Exception {
        if (Files.isDirectory(SHAPES)) {
            for (String f : List.of("A_80_L.18.pdf", "A_80_L.19.pdf", "A_80_L.20.pdf", "A_C.3_80_L.56.pdf")) {
                texts.add(new LibraryEntry(SHAPES.resolve(f), ResolutionFiles.read(SHAPES.resolve(f))));
            }
        }
        ResolutionComparer comparer = new ResolutionComparer();
        AppServices services = new AppServices(AmendmentViewModelTest.library(texts.toArray(LibraryEntry[]::new)),
                p -> null, comparer::compare, (c, out, o) -> { }, new DirectExecutor(), new SettingsStore(config));
        window = new MainWindow(services, Settings.defaults().withWindow(0, 0, 1280, 780, false));
        window.show(stage);
    }

    @Test
    void theDraftAsAmendedByL19AndL20() throws Exception {
        assumeTrue(!texts.isEmpty(), "../shared/pdf/80-shapes is not beside the project");
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> window.viewModel().rightProperty().set(texts.get(1)));
        AmendmentViewModel.Offer offer = window.viewModel().rightProperty().get() == null ? null
                : lookupOffer();
        assertEquals(List.of(texts.get(1), texts.get(2)), offer.all());
        clickOn("#show-amended-all");
        WaitForAsyncUtils.waitForFxEvents();
        ChangeSummary s = window.viewModel().viewer().comparisonProperty().get().summary();
        assertEquals(2, s.removed());
        assertEquals(0, s.modified() + s.added() + s.moved());
        interact(() -> window.viewModel().viewer().nextChange());
        FxTestSupport.saveSnapshot(window.scene(), "amend-official");
        interact(() -> window.viewModel().rightProperty().set(texts.get(3)));
        assertTrue(lookupOffer().message().contains("amends draft A/C.3/80/L.2, which is not in the library"));
        FxTestSupport.saveSnapshot(window.scene(), "amend-official-missing");
        assertTrue(lookup(n -> n instanceof javafx.scene.control.Label
                && ((javafx.scene.control.Label) n).getText().startsWith("Amendment, 80th session")).tryQuery().isPresent(),
                "the amendment's column is headed as an amendment, not as a draft");
        FxToolkit.cleanupStages();
    }

    private AmendmentViewModel.Offer lookupOffer() {
        return new AmendmentViewModel(window.viewModel(), new DirectExecutor()).offerProperty().get();
    }
}
