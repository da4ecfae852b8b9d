package org.clausewise.ui.library;

import org.clausewise.corpus.MissingFile;
import org.clausewise.corpus.TextOrigin;
import org.clausewise.model.Dates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a text of the library comes from, for the sidebar's details and its tooltip: the file,
 * whether it is bundled or added (and through which folder), its size, when it was read and last
 * changed, its other copies, and what the parser had to guess. Made off the FX thread: it looks at
 * the file and may read the whole text for its warnings.
 *
 * @param heading  "A/RES/79/175", or the file name of a missing file
 * @param lines    the facts, one a line ("Bundled with Clausewise", "48 KB, read 4 Dec 2026")
 * @param warnings what the parser skipped or guessed; empty when it read the text cleanly
 */
public record TextDetails(String heading, List<String> lines, List<String> warnings) {
    public TextDetails {
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    /** The facts of a text; reads the whole text for its warnings when it is not open yet. */
    public static TextDetails of(LibraryEntry entry) {
        List<String> lines = new ArrayList<>();
        Path file = entry.source().toAbsolutePath().normalize();
        lines.add(file.toString());
        lines.add(origin(entry.origin()));
        lines.add(fileFacts(file, entry.corpusEntry().readAt()));
        DuplicateNote d = entry.duplicate();
        if (d != null) {
            String choice = switch (d.decision()) {
                case USED -> "this copy is used; the others are set aside";
                case KEEP_BOTH -> "every copy is kept";
                case UNDECIDED -> "not chosen yet which to keep";
            };
            lines.add("Also in the library as " + String.join(", ", d.elsewhere().stream().map(Path::toString).toList())
                    + " (" + choice + ")");
        }
        List<String> warnings;
        try {
            warnings = entry.resolution().warnings();
        } catch (RuntimeException e) {
            warnings = List.of("The text could not be opened: " + e.getMessage());
        }
        return new TextDetails(entry.displayName(), lines, warnings);
    }

    /** What is known of a file or folder of the library that is not where it was. */
    public static TextDetails of(MissingFile missing) {
        return new TextDetails(missing.name(), List.of(missing.path().toString(),
                "Missing: " + missing.reason() + ". Locate\u2026 points the library to where it is now; Remove takes it "
                        + "off the list."), List.of());
    }

    /** One line for a tooltip: the full path, where it comes from, and its other copies. */
    public static String tooltip(LibraryEntry entry) {
        StringBuilder sb = new StringBuilder(entry.source().toAbsolutePath().normalize().toString())
                .append('\n').append(origin(entry.origin()));
        if (entry.duplicate() != null) {
            sb.append('\n').append(capitalised(entry.duplicate().elsewhereWords()));
        }
        return sb.toString();
    }

    private static String origin(TextOrigin origin) {
        return capitalised(origin.describe());
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String fileFacts(Path file, Instant readAt) {
        StringBuilder sb = new StringBuilder();
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            sb.append(size(a.size())).append(", changed ").append(date(a.lastModifiedTime().toInstant()));
        } catch (IOException | SecurityException e) {
            sb.append("The file cannot be looked at now");
        }
        if (readAt != null) {
            sb.append(", read ").append(date(readAt));
        }
        return sb.toString();
    }

    /** "812 bytes", "48 KB", "1.2 MB". */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String date(Instant instant) {
        return Dates.format(LocalDate.ofInstant(instant, ZoneId.systemDefault()));
    }
}
