package org.clausewise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code gui}'s checks before JavaFX starts, and the choice of the headless platform. */
class GuiCommandTest {
    @Test
    void screenshotNeedsBothTexts() {
        CliRun r = CliRun.run("gui", "--screenshot", "out.png", "--left", "a.txt");
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains("--screenshot needs --left FILE and --right FILE"), r.err());
    }

    @Test
    void sizeAndThemeAreChecked() {
        assertTrue(CliRun.run("gui", "--theme", "blue").err().contains("--theme"));
        assertTrue(CliRun.run("gui", "--size", "10x10").err().contains("not a size like 1440x900"));
        assertEquals(new GuiCommand.Size(1024, 700), new GuiCommand.SizeConverter().convert("1024x700"));
    }

    @Test
    void noDisplayOnLinuxWithoutDisplayOrWayland() {
        assertTrue(HeadlessDisplay.noDisplay(Map.of(), "Linux") || Boolean.getBoolean("java.awt.headless"));
        if (!Boolean.getBoolean("java.awt.headless")) {
            assertFalse(HeadlessDisplay.noDisplay(Map.of("DISPLAY", ":99"), "Linux"));
            assertFalse(HeadlessDisplay.noDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux"));
            assertFalse(HeadlessDisplay.noDisplay(Map.of(), "Windows 11"));
            assertFalse(HeadlessDisplay.noDisplay(Map.of(), "Mac OS X"));
        }
    }

    @Test
    void theHeadlessFlagsAreTheOnesTheUiTestsRunWith() {
        assertEquals("Monocle", HeadlessDisplay.MONOCLE_HEADLESS.get("glass.platform"));
        assertEquals("Headless", HeadlessDisplay.MONOCLE_HEADLESS.get("monocle.platform"));
        assertEquals("sw", HeadlessDisplay.MONOCLE_HEADLESS.get("prism.order"));
    }
}
