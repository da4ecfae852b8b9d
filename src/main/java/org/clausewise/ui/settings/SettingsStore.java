package org.clausewise.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Reads and writes {@link Settings} as {@code settings.properties} in the config folder. A missing
 * or damaged file gives the defaults (settings are a convenience, never a reason not to start);
 * writing goes to a temp file in the same folder, then a move, so a crash never leaves half a file.
 */
public final class SettingsStore {
    private final Path file;

    public SettingsStore(Path configDir) {
        this.file = configDir.resolve("settings.properties");
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        Settings d = Settings.defaults();
        if (!Files.isRegularFile(file)) {
            return d;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return d;
        }
        return new Settings(num(p, "window.x", d.x()), num(p, "window.y", d.y()),
                positive(num(p, "window.width", d.width()), d.width()),
                positive(num(p, "window.height", d.height()), d.height()),
                Boolean.parseBoolean(p.getProperty("window.maximized", "false")),
                "dark".equals(p.getProperty("theme")) ? "dark" : "light",
                positive(num(p, "font.size", d.fontSize()), d.fontSize()),
                blankToNull(p.getProperty("comparison.left")), blankToNull(p.getProperty("comparison.right")),
                Boolean.parseBoolean(p.getProperty("show.editorial", "true")),
                Boolean.parseBoolean(p.getProperty("only.changes", "false")),
                !"hidden".equals(p.getProperty("panel.library")), !"hidden".equals(p.getProperty("panel.changes")));
    }

    public void save(Settings s) throws IOException {
        Properties p = new Properties();
        if (s.hasPosition()) {
            p.setProperty("window.x", Double.toString(s.x()));
            p.setProperty("window.y", Double.toString(s.y()));
        }
        p.setProperty("window.width", Double.toString(s.width()));
        p.setProperty("window.height", Double.toString(s.height()));
        p.setProperty("window.maximized", Boolean.toString(s.maximized()));
        p.setProperty("theme", s.theme());
        p.setProperty("font.size", Double.toString(s.fontSize()));
        if (s.left() != null) {
            p.setProperty("comparison.left", s.left());
        }
        if (s.right() != null) {
            p.setProperty("comparison.right", s.right());
        }
        p.setProperty("show.editorial", Boolean.toString(s.showEditorial()));
        p.setProperty("only.changes", Boolean.toString(s.onlyChanges()));
        p.setProperty("panel.library", s.libraryPanel() ? "shown" : "hidden");
        p.setProperty("panel.changes", s.changePanel() ? "shown" : "hidden");
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "settings", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Clausewise window settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static double num(Properties p, String key, double fallback) {
        String v = p.getProperty(key);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.trim());
            return Double.isFinite(d) ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double positive(double v, double fallback) {
        return v > 0 ? v : fallback;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
