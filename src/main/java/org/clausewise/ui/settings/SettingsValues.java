package org.clausewise.ui.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Settings} as the key/value pairs of {@code settings.properties}, and back. Reading
 * never fails: each value that makes no sense falls back to its default on its own, and numbers
 * are kept within what a screen can show (a window 1e30 pixels wide hung the window at start).
 */
final class SettingsValues {
    static final List<String> KEYS = List.of("window.x", "window.y", "window.width", "window.height",
            "window.maximized", "theme", "font.size", "comparison.left", "comparison.right", "show.editorial",
            "only.changes", "panel.library", "panel.changes");
    /** Beyond any screen, in either direction, yet far from overflowing a layout. */
    private static final double MAX_POSITION = 100_000;
    private static final double MIN_WIDTH = 320;
    private static final double MIN_HEIGHT = 240;
    /** An 8K screen is 7680 pixels wide. */
    private static final double MAX_SIZE = 8192;
    /** The viewer's own zoom range (ViewerViewModel). */
    private static final double MIN_FONT = 9;
    private static final double MAX_FONT = 32;

    private SettingsValues() {
    }

    static Settings fromMap(Map<String, String> p) {
        Settings d = Settings.defaults();
        return new Settings(
                clamp(num(p.get("window.x"), d.x()), -MAX_POSITION, MAX_POSITION),
                clamp(num(p.get("window.y"), d.y()), -MAX_POSITION, MAX_POSITION),
                clamp(positive(num(p.get("window.width"), d.width()), d.width()), MIN_WIDTH, MAX_SIZE),
                clamp(positive(num(p.get("window.height"), d.height()), d.height()), MIN_HEIGHT, MAX_SIZE),
                Boolean.parseBoolean(p.getOrDefault("window.maximized", "false").strip()),
                "dark".equals(strip(p.get("theme"))) ? "dark" : "light",
                clamp(positive(num(p.get("font.size"), d.fontSize()), d.fontSize()), MIN_FONT, MAX_FONT),
                blankToNull(p.get("comparison.left")), blankToNull(p.get("comparison.right")),
                Boolean.parseBoolean(p.getOrDefault("show.editorial", "true").strip()),
                Boolean.parseBoolean(p.getOrDefault("only.changes", "false").strip()),
                !"hidden".equals(strip(p.get("panel.library"))), !"hidden".equals(strip(p.get("panel.changes"))));
    }

    /** Null values are keys that should not be in the file (no position yet, no comparison). */
    static Map<String, String> toMap(Settings s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("window.x", s.hasPosition() ? Double.toString(s.x()) : null);
        m.put("window.y", s.hasPosition() ? Double.toString(s.y()) : null);
        m.put("window.width", Double.toString(s.width()));
        m.put("window.height", Double.toString(s.height()));
        m.put("window.maximized", Boolean.toString(s.maximized()));
        m.put("theme", s.theme());
        m.put("font.size", Double.toString(s.fontSize()));
        m.put("comparison.left", s.left());
        m.put("comparison.right", s.right());
        m.put("show.editorial", Boolean.toString(s.showEditorial()));
        m.put("only.changes", Boolean.toString(s.onlyChanges()));
        m.put("panel.library", s.libraryPanel() ? "shown" : "hidden");
        m.put("panel.changes", s.changePanel() ? "shown" : "hidden");
        return m;
    }

    private static double num(String v, double fallback) {
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.strip());
            return Double.isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** NaN (no position yet) stays NaN. */
    private static double clamp(double v, double min, double max) {
        return Double.isNaN(v) ? v : Math.max(min, Math.min(max, v));
    }

    private static double positive(double v, double fallback) {
        return v > 0 ? v : fallback;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
