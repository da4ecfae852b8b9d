package org.clausewise.ui.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaults() {
        Settings s = new SettingsStore(dir.resolve("nowhere")).load();
        assertEquals(Settings.defaults(), s);
        assertFalse(s.hasPosition());
    }

    @Test
    void windowThemeAndLastComparisonSurviveARestart() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("clausewise"));
        Settings saved = Settings.defaults().withWindow(40, 60, 1200, 700, false)
                .withView("dark", 17, false, true)
                .withComparison("/corpus/A-RES-61-168.txt", "/corpus/A-RES-69-179.txt");
        store.save(saved);
        assertEquals(saved, new SettingsStore(dir.resolve("clausewise")).load());
        try (var files = Files.list(dir.resolve("clausewise"))) {
            assertEquals(1, files.count(), "no temp file left beside settings.properties");
        }
    }

    @Test
    void damagedValuesFallBackOneByOne() throws Exception {
        Files.writeString(dir.resolve("settings.properties"),
                "window.width=-5\nwindow.height=abc\ntheme=purple\nfont.size=NaN\nwindow.x=12\n");
        Settings s = new SettingsStore(dir).load();
        assertEquals(Settings.defaults().width(), s.width());
        assertEquals(Settings.defaults().height(), s.height());
        assertEquals("light", s.theme());
        assertEquals(Settings.defaults().fontSize(), s.fontSize());
        assertEquals(12, s.x());
        assertNull(s.left());
        assertTrue(s.showEditorial());
    }
}
