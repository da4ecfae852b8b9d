package org.clausewise.ui.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clausewise.files.FileLock;
import org.clausewise.files.UserTextFile;

/**
 * Reads and writes {@link Settings} as {@code settings.properties} in the config folder.
 *
 * <p>A missing file gives the defaults, and so does a value that makes no sense, one by one
 * (a window 1e30 pixels wide is clamped to a size a screen can have). A file that cannot be read
 * at all is different: it is the user's, so it is left exactly as it is, {@link #problem()} says
 * why (the window tells the user), and nothing is saved over it until {@link #startAfresh()} has
 * kept it as a backup. A save changes only the keys this window changed since it read the file,
 * on the file as it is now (read again under a {@link FileLock}): comments, unknown keys and what
 * another window saved meanwhile stay.
 */
public final class SettingsStore {
    private final Path file;
    /** The values as last read or written, to tell which keys this window changed; null before. */
    private Map<String, String> known;
    private String problem;

    public SettingsStore(Path configDir) {
        this.file = configDir.resolve("settings.properties");
    }

    public Path file() {
        return file;
    }

    /** Why the settings file cannot be read and is left alone, or null when all is well (known after {@link #load()}). */
    public synchronized String problem() {
        return problem;
    }

    public synchronized Settings load() {
        UserTextFile.Contents contents = UserTextFile.read(file);
        problem = contents.problem();
        if (problem != null) {
            known = null;
            return Settings.defaults();
        }
        Map<String, String> values = PropertyLines.values(contents.lines());
        Settings s = SettingsValues.fromMap(values);
        known = SettingsValues.toMap(s);
        return s;
    }

    /** Saves the keys changed since the last load or save, merged into the file as it is now. */
    public synchronized void save(Settings s) throws IOException {
        if (problem != null) {
            throw new IOException("the settings file " + file + " cannot be read (" + problem + "), so it is left as it is");
        }
        Map<String, String> wanted = SettingsValues.toMap(s);
        FileLock.around(file, () -> {
            UserTextFile.Contents now = UserTextFile.read(file);
            if (!now.readable()) {
                problem = now.problem();
                throw new IOException("the settings file " + file + " cannot be read (" + problem + "), so it is left as it is");
            }
            Map<String, String> changes = new LinkedHashMap<>();
            for (String key : SettingsValues.KEYS) {
                if (known == null || !Objects.equals(known.get(key), wanted.get(key))) {
                    changes.put(key, wanted.get(key));
                }
            }
            List<String> lines = PropertyLines.apply(new ArrayList<>(now.lines()), changes);
            if (!lines.equals(now.lines()) || !Files.exists(file)) {
                UserTextFile.write(file, lines, now.lineEnd());
            }
            known = wanted; // keys this window did not change since keep what others saved
            return null;
        });
    }

    /** Keeps the unreadable file as {@code settings.properties.bak-<time>}; the next save writes a new one. */
    public synchronized Path startAfresh() throws IOException {
        return FileLock.around(file, () -> {
            Path backup = Files.exists(file) ? UserTextFile.keepAsBackup(file) : null;
            problem = null;
            known = null;
            return backup;
        });
    }
}
