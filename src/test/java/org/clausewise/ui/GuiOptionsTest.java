package org.clausewise.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuiOptionsTest {
    @Test
    void noArgumentsOpensTheWindow() {
        assertFalse(GuiOptions.parse(List.of()).isScreenshot());
    }

    @Test
    void screenshotNeedsBothTexts() {
        GuiOptions o = GuiOptions.parse(List.of("--screenshot", "out.png", "--left", "a.txt", "--right", "b.txt",
                "--theme", "dark"));
        assertTrue(o.isScreenshot());
        assertEquals(Path.of("a.txt"), o.left());
        assertEquals(Theme.DARK, o.theme());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GuiOptions.parse(List.of("--screenshot", "out.png", "--left", "a.txt")));
        assertEquals("--screenshot needs --left FILE and --right FILE", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GuiOptions.parse(List.of("--theme", "blue")));
        assertThrows(IllegalArgumentException.class, () -> GuiOptions.parse(List.of("--left")));
    }
}
