package org.clausewise.ui.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
            assertEquals(java.util.List.of("settings.properties", "settings.properties.lock"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temp file left beside settings.properties, only the lock two windows share");
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

    @Test
    void valuesOutOfRangeAreClampedNotObeyed() throws Exception {
        Files.writeString(dir.resolve("settings.properties"),
                "window.width=1e30\nwindow.height=Infinity\nwindow.x=-1e300\nwindow.y=NaN\nfont.size=400\n");
        Settings s = new SettingsStore(dir).load();
        assertEquals(8192, s.width(), "1e30 pixels hung the window at every start");
        assertEquals(Settings.defaults().height(), s.height());
        assertEquals(-100_000, s.x());
        assertEquals(32, s.fontSize());
    }

    @Test
    void aFileThatIsNotTextIsLeftAloneUntilTheUserStartsAfresh() throws Exception {
        Path file = dir.resolve("settings.properties");
        byte[] damaged = {'t', 'h', 'e', 'm', 'e', '=', 'd', 'a', 'r', 'k', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
        Files.write(file, damaged);
        SettingsStore store = new SettingsStore(dir);
        assertEquals(Settings.defaults(), store.load());
        assertEquals("it is not UTF-8 text (line 2)", store.problem());
        assertThrows(java.io.IOException.class, () -> store.save(Settings.defaults().withView("dark", 20, true, true)));
        assertArrayEquals(damaged, Files.readAllBytes(file), "closing the window did not replace it with defaults");

        Path backup = store.startAfresh();
        assertArrayEquals(damaged, Files.readAllBytes(backup));
        store.save(Settings.defaults().withView("dark", 20, true, true));
        assertEquals("dark", new SettingsStore(dir).load().theme());
    }

    @Test
    void commentsUnknownKeysAndWindowsPathsSurviveASave() throws Exception {
        Path file = dir.resolve("settings.properties");
        String mine = "# my settings, edited by hand\ntheme = dark\nmy.own.key=kept\n"
                + "comparison.left=C:\\\\Users\\\\ana\\\\A-RES-79-175.txt\n";
        Files.writeString(file, mine);
        SettingsStore store = new SettingsStore(dir);
        Settings s = store.load();
        assertEquals("C:\\Users\\ana\\A-RES-79-175.txt", s.left());
        store.save(s.withView("dark", 18, true, false));
        String saved = Files.readString(file);
        assertTrue(saved.startsWith(mine), saved);
        assertTrue(saved.contains("font.size=18.0\n"), saved);
        assertEquals(s.left(), new SettingsStore(dir).load().left());
    }

    @Test
    void twoWindowsSavingKeepEachOthersChanges() throws Exception {
        SettingsStore first = new SettingsStore(dir);
        SettingsStore second = new SettingsStore(dir);
        Settings a = first.load();
        Settings b = second.load();
        first.save(a.withView("dark", a.fontSize(), a.showEditorial(), a.onlyChanges()));
        second.save(b.withView(b.theme(), 20, b.showEditorial(), b.onlyChanges()));
        Settings both = new SettingsStore(dir).load();
        assertEquals("dark", both.theme(), "the first window's theme");
        assertEquals(20, both.fontSize(), "the second window's zoom");
    }
}
