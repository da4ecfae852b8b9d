package org.clausewise.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What removing texts from the library did: the library afterwards, a sentence for the user, and
 * how to undo it. Removing never deletes a file: a file or folder the user added leaves their
 * list; a bundled text, or one file of a folder they added, is hidden (and remembered).
 *
 * @param library the library without the texts
 * @param message "Removed A/RES/79/175 from the library; the file stays on disk."
 * @param undo    what brings them back
 */
public record Removal(Library library, String message, Undo undo) {
    /**
     * @param listed where each path removed from the user's list was in it, to put it back in its place
     * @param hidden the texts hidden, to show again
     */
    public record Undo(Map<Path, Integer> listed, List<Path> hidden) {
        public Undo {
            listed = Map.copyOf(listed);
            hidden = List.copyOf(hidden);
        }
    }
}
