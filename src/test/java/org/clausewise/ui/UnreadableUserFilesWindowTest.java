package org.clausewise.ui;

import javafx.scene.control.Button;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.clausewise.ui.settings.Settings;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A library list and a settings file that cannot be read are named in the window, left as they
 * are, and kept as backups when the user starts afresh (issue 14: they were read as empty and
 * silently replaced).
 */
class UnreadableUserFilesWindowTest extends ApplicationTest {
    @TempDir
    static Path config;
    private static final byte[] DAMAGED_LIST = "/texts/a.txt\n\u0000\u0000\u0000\n/texts/b.txt\n".getBytes();
    private static final byte[] DAMAGED_SETTINGS = {'t', 'h', 'e', 'm', 'e', '=', (byte) 0xFF, '\n'};

    private MainWindow window;

    @Override
    public void start(Stage stage) throws Exception {
        Files.write(config.resolve("library.txt"), DAMAGED_LIST);
        Files.write(config.resolve("settings.properties"), DAMAGED_SETTINGS);
        AppServices services = TestServices.onCorpus(config);
        Settings settings = services.settings().load();
        window = new MainWindow(services, settings.withWindow(0, 0, 1280, 780, false));
        window.show(stage);
    }

    private List<Node> bars() {
        return List.copyOf(window.scene().getRoot().lookupAll("." + Styles.PROBLEM_BAR));
    }

    @Test
    void bothFilesAreNamedInTheWindowAndKeptAsBackupsOnAFreshStart() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, bars().size(), "one bar for the settings, one for the library list");
        FxTestSupport.saveSnapshot(window.scene(), "unreadable-user-files");

        interact(() -> window.close()); // closing saves settings: not over the unreadable file
        assertArrayEquals(DAMAGED_SETTINGS, Files.readAllBytes(config.resolve("settings.properties")));
        assertArrayEquals(DAMAGED_LIST, Files.readAllBytes(config.resolve("library.txt")));

        for (Node bar : bars()) {
            Button fresh = (Button) bar.lookupAll(".button").iterator().next();
            interact(fresh::fire);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, bars().size());
        try (Stream<Path> files = Files.list(config)) {
            Set<String> names = Set.copyOf(files.map(p -> p.getFileName().toString().replaceAll("\\d{8}-\\d{6}", "TIME")).toList());
            assertTrue(names.containsAll(Set.of("library.txt", "library.txt.bak-TIME", "settings.properties.bak-TIME")), names.toString());
        }
        assertEquals(List.of("/texts/a.txt", "/texts/b.txt"), Files.readAllLines(config.resolve("library.txt")));
        FxToolkit.cleanupStages();
    }
}
