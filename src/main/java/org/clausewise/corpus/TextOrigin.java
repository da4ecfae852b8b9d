package org.clausewise.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a text of the library comes from: bundled with Clausewise, a file the user added, or a
 * file in a folder the user added (which folder). Decides what "Remove from Library" does: a file
 * the user listed leaves the list; a bundled text or one file of a folder is hidden instead.
 *
 * @param kind   how it came into the library
 * @param listed the file or folder of the user's library that brought it in; the bundled folder
 *               for a bundled text; null for a text opened for this run only
 */
public record TextOrigin(Kind kind, Path listed) {
    public enum Kind {
        BUNDLED("bundled with Clausewise"),
        ADDED("added by you"),
        IN_ADDED_FOLDER("in a folder you added"),
        OPENED("opened for this session");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The origin of {@code file}, given the bundled corpus folder (or null) and the user's list. */
    public static TextOrigin of(Path file, Path bundled, List<Path> listed) {
        Path f = file.toAbsolutePath().normalize();
        for (Path p : listed) {
            if (p.equals(f)) {
                return new TextOrigin(Kind.ADDED, p);
            }
        }
        for (Path p : listed) {
            if (f.startsWith(p) && !p.equals(f)) {
                return new TextOrigin(Kind.IN_ADDED_FOLDER, p);
            }
        }
        if (bundled != null && f.startsWith(bundled.toAbsolutePath().normalize())) {
            return new TextOrigin(Kind.BUNDLED, bundled.toAbsolutePath().normalize());
        }
        return new TextOrigin(Kind.OPENED, null);
    }

    /** "bundled with Clausewise", "in a folder you added: /home/ana/UN" … */
    public String describe() {
        return kind == Kind.IN_ADDED_FOLDER ? kind.words() + ": " + listed : kind.words();
    }
}
