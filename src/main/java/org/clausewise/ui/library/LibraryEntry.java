package org.clausewise.ui.library;

import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.Sessions;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One text of the library: where it came from and what the parser made of it. */
public record LibraryEntry(Path source, Resolution resolution) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public boolean isDraft() {
        return resolution.kind() == ResolutionKind.DRAFT;
    }

    /** "61st session", or "session unknown". */
    public String sessionLabel() {
        Integer s = resolution.session();
        return s == null ? "session unknown" : Sessions.ordinal(s) + " session";
    }

    /** "19 Dec 2006", or "" when the date is unknown. */
    public String dateLabel() {
        return resolution.date() == null ? "" : DATE.format(resolution.date());
    }

    /** What a selector shows: "A/RES/61/168 · 61st session · 19 Dec 2006". */
    public String displayLabel() {
        StringBuilder sb = new StringBuilder(resolution.displayName());
        if (resolution.symbol() != null || resolution.session() == null) {
            sb.append(" \u00B7 ").append(sessionLabel());
        }
        if (!dateLabel().isEmpty()) {
            sb.append(" \u00B7 ").append(dateLabel());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return displayLabel();
    }
}
