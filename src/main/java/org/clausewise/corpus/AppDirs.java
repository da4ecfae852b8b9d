package org.clausewise.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where Clausewise keeps things. The user's own library and settings live in the user's config
 * folder ({@code $XDG_CONFIG_HOME/clausewise}, else {@code ~/.config/clausewise}; on Windows
 * {@code %APPDATA%\Clausewise}), never inside the install folder. {@code -Dclausewise.config=DIR}
 * overrides it (tests use a temp folder).
 */
public final class AppDirs {
    private AppDirs() {
    }

    public static Path configDir() {
        String override = System.getProperty("clausewise.config");
        if (override != null && !override.isBlank()) {
            return Paths.get(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            return Paths.get(System.getenv("APPDATA"), "Clausewise");
        }
        if (os.contains("mac")) {
            return Paths.get(System.getProperty("user.home"), "Library", "Application Support", "Clausewise");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Paths.get(xdg) : Paths.get(System.getProperty("user.home"), ".config");
        return base.resolve("clausewise");
    }

    /**
     * Where derived data that can always be rebuilt is kept (the index of parsed texts, the search
     * index): {@code $XDG_CACHE_HOME/clausewise}, else {@code ~/.cache/clausewise}; on Windows
     * {@code %LOCALAPPDATA%\\Clausewise\\cache}; on macOS {@code ~/Library/Caches/Clausewise}.
     * {@code -Dclausewise.cache=DIR} overrides it (tests and benches use a temp folder).
     */
    public static Path cacheDir() {
        String override = System.getProperty("clausewise.cache");
        if (override != null && !override.isBlank()) {
            return Paths.get(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") && System.getenv("LOCALAPPDATA") != null) {
            return Paths.get(System.getenv("LOCALAPPDATA"), "Clausewise", "cache");
        }
        if (os.contains("mac")) {
            return Paths.get(System.getProperty("user.home"), "Library", "Caches", "Clausewise");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Paths.get(xdg) : Paths.get(System.getProperty("user.home"), ".cache");
        return base.resolve("clausewise");
    }

    /**
     * The bundled corpus folder: {@code -Dclausewise.corpus=DIR} if set; else {@code corpus/}
     * beside the running jar or one level up (target/clausewise.jar in a checkout; lib/app in a
     * jpackage install); else {@code ./corpus}. Returns null when none exists.
     */
    public static Path bundledCorpus() {
        String override = System.getProperty("clausewise.corpus");
        if (override != null && !override.isBlank()) {
            return Paths.get(override);
        }
        Path codeDir = codeLocation();
        if (codeDir != null) {
            for (Path p = codeDir; p != null && p.getNameCount() > 0; p = p.getParent()) {
                Path candidate = p.resolve("corpus");
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
                if (codeDir.getNameCount() - p.getNameCount() >= 2) {
                    break;
                }
            }
        }
        Path cwd = Paths.get("corpus").toAbsolutePath();
        return Files.isDirectory(cwd) ? cwd : null;
    }

    private static Path codeLocation() {
        try {
            Path p = Paths.get(AppDirs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(p) ? p : p.getParent();
        } catch (Exception | Error e) {
            return null;
        }
    }
}
