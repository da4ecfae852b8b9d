package org.clausewise.cli;

import java.util.Locale;
import java.util.Map;

/**
 * Picks JavaFX's headless platform for {@code gui --screenshot} when there is no display to draw
 * on: Monocle's headless glass and the software renderer, the same flags the UI tests run with.
 * System properties, so it must run before the toolkit starts (JavaFX reads them once). A user who
 * chose a platform with {@code -Dglass.platform=...} keeps it.
 */
final class HeadlessDisplay {
    /** Property → value for Monocle headless with software rendering (as the pom's testfx.headless.args). */
    static final Map<String, String> MONOCLE_HEADLESS = Map.of(
            "glass.platform", "Monocle",
            "monocle.platform", "Headless",
            "prism.order", "sw",
            "prism.text", "t2k",
            "java.awt.headless", "true");

    private HeadlessDisplay() {
    }

    /** True when no window can be shown: -Djava.awt.headless=true, or X11/Wayland with no display set. */
    static boolean noDisplay(Map<String, String> env, String osName) {
        if (Boolean.getBoolean("java.awt.headless")) {
            return true;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return false; // the desktop is always there, whatever the environment says
        }
        return blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"));
    }

    /** Sets the headless platform when there is no display and nobody chose a platform; true if it did. */
    static boolean pickIfNoDisplay() {
        if (System.getProperty("glass.platform") != null || !noDisplay(System.getenv(), System.getProperty("os.name", ""))) {
            return false;
        }
        MONOCLE_HEADLESS.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
