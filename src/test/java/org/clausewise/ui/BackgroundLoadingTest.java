package org.clausewise.ui;

import javafx.stage.Stage;
import org.clausewise.ui.background.FxBackgroundExecutor;
import org.clausewise.ui.settings.Settings;
import org.clausewise.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window as the app starts it: the corpus loads on the background thread while the window is
 * already up, the last comparison comes back, and closing the window remembers it.
 */
class BackgroundLoadingTest extends ApplicationTest {
    @TempDir
    static Path config;

    private MainWindow window;
    private Stage stage;
    private long shownAt;

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        Path corpus = Path.of("corpus").toAbsolutePath();
        SettingsStore store = new SettingsStore(config);
        store.save(Settings.defaults().withWindow(0, 0, 1200, 760, false)
                .withComparison(corpus.resolve("A-RES-65-218.txt").toString(),
                        corpus.resolve("A-RES-67-169.txt").toString()));
        AppServices sync = TestServices.onCorpus(config);
        AppServices services = new AppServices(sync.library(), sync.reader(), sync.comparer(), sync.pdf(),
                new FxBackgroundExecutor(), store);
        window = new MainWindow(services, store.load());
        shownAt = System.nanoTime();
        window.show(stage);
    }

    @Test
    void loadsInTheBackgroundRestoresTheLastComparisonAndRemembersIt() throws Exception {
        assertTrue(window.viewModel().busyProperty().get() || !window.viewModel().libraryProperty().get()
                .entries().isEmpty(), "loading has started");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.viewModel().viewer().comparisonProperty().get() != null);
        long millis = (System.nanoTime() - shownAt) / 1_000_000;
        System.out.println("[ui] corpus loaded and last comparison drawn " + millis + " ms after the window showed");
        var comparison = window.viewModel().viewer().comparisonProperty().get();
        assertEquals("A/RES/65/218", comparison.left().symbol());
        assertEquals("A/RES/67/169", comparison.right().symbol());
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> window.viewModel().swap());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.viewModel().viewer().comparisonProperty().get() != null
                        && "A/RES/67/169".equals(window.viewModel().viewer().comparisonProperty().get().left().symbol()));
        interact(() -> stage.close());
        String saved = Files.readString(config.resolve("settings.properties"));
        assertTrue(saved.contains("A-RES-67-169.txt"), saved);
        Settings back = new SettingsStore(config).load();
        assertTrue(back.left().endsWith("A-RES-67-169.txt"), "the swapped comparison is remembered");
        assertTrue(back.right().endsWith("A-RES-65-218.txt"));
    }
}
