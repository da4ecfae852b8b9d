package org.clausewise.ui.library;

import java.nio.file.Path;
import java.util.List;

/**
 * What a text found more than once in the library says about it: where its other copies are and
 * what the user chose (nothing yet, keep every copy told apart by folder, or use this one for all).
 *
 * @param key       the duplicate's key ({@code org.clausewise.corpus.Duplicates.Group#key})
 * @param elsewhere the other copies' files
 * @param decision  what the user chose
 */
public record DuplicateNote(String key, List<Path> elsewhere, Decision decision) {
    public DuplicateNote {
        elsewhere = List.copyOf(elsewhere);
    }

    public enum Decision {
        /** Shown once per copy, each row naming its folder, until the user chooses. */
        UNDECIDED,
        /** The user keeps every copy; rows still name their folders. */
        KEEP_BOTH,
        /** This copy stands for all of them; the others are not shown. */
        USED
    }

    /** "also in Downloads" / "also in Downloads and UN PDFs": the other copies' folder names. */
    public String elsewhereWords() {
        List<String> names = elsewhere.stream().map(p -> {
            Path parent = p.toAbsolutePath().normalize().getParent();
            Path name = parent == null ? null : parent.getFileName();
            return name == null ? String.valueOf(parent) : name.toString();
        }).distinct().toList();
        if (names.size() == 1) {
            return "also in " + names.get(0);
        }
        return "also in " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
