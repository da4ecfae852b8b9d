package org.clausewise.ui.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.clausewise.ui.AppServices;
import org.clausewise.ui.MainWindow;
import org.clausewise.ui.background.DirectExecutor;
import org.clausewise.ui.library.AddResult;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryService;
import org.clausewise.ui.settings.Settings;
import org.clausewise.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/** The File menu offers Export Session Brief… right after Export PDF…. */
class BriefMenuTest extends ApplicationTest {
    @TempDir
    static Path config;

    private MainWindow window;

    @Override
    public void start(Stage stage) {
        LibraryService empty = new LibraryService() {
            @Override
            public Library load(java.util.function.DoubleConsumer progress) {
                return Library.empty();
            }

            @Override
            public AddResult add(List<Path> paths) {
                return new AddResult(Library.empty(), 0, List.of());
            }
        };
        AppServices services = new AppServices(empty, p -> null, (a, b) -> null, (c, out, o) -> { },
                new DirectExecutor(), new SettingsStore(config));
        window = new MainWindow(services, Settings.defaults().withWindow(0, 0, 1000, 700, false));
        window.show(stage);
    }

    @Test
    void theItemFollowsExportPdf() throws Exception {
        List<String> items = window.fileMenu().getItems().stream().map(MenuItem::getText).toList();
        int pdf = items.indexOf("_Export PDF\u2026");
        assertEquals("Export Session _Brief\u2026", items.get(pdf + 1), items.toString());
        FxToolkit.cleanupStages();
    }
}
