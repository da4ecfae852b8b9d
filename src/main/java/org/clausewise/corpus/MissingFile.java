package org.clausewise.corpus;

import java.nio.file.Path;

/**
 * A file or folder of the user's library that is not where the library says: listed greyed in
 * the window with the reason, until the user locates it or removes it; never dropped silently.
 *
 * @param path   where the library says it is
 * @param reason "moved or deleted", "permission denied" or "drive not mounted"
 * @param folder whether it was added as a folder
 */
public record MissingFile(Path path, String reason, boolean folder) {
    /** The name the user knows it by: the file or folder name. */
    public String name() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
