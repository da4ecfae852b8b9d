package org.clausewise.ui.library;

import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.TextOrigin;
import org.clausewise.corpus.TextSummary;
import org.clausewise.model.Dates;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.Sessions;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One text of the library as the window lists it. Lists, labels and filters read only its
 * summary; {@link #resolution()} reads the whole text (from the index) when it is opened.
 */
public final class LibraryEntry {
    private final CorpusEntry entry;
    private final TextOrigin origin;
    private final DuplicateNote duplicate;
    /** Lower-case text the filter box searches, made once. */
    private String haystack;

    public LibraryEntry(CorpusEntry entry) {
        this(entry, new TextOrigin(TextOrigin.Kind.OPENED, null), null);
    }

    /** A text of the library, with where it comes from and, when it is there twice, its other copies. */
    public LibraryEntry(CorpusEntry entry, TextOrigin origin, DuplicateNote duplicate) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.duplicate = duplicate;
    }

    /** A text held in memory (tests, screenshot mode, a comparison opened from files). */
    public LibraryEntry(Path source, Resolution resolution) {
        this(new CorpusEntry(source, resolution));
    }

    public Path source() {
        return entry.source();
    }

    /** The whole text; reads it from the index if it is not open yet (call off the UI thread). */
    public Resolution resolution() {
        return entry.resolution();
    }

    /**
     * Whether {@code text} is this entry's text (the very object opened from it). The summary is
     * checked first, so asking every entry of a large library reads no other text from the index.
     */
    public boolean holds(Resolution text) {
        TextSummary s = entry.summary();
        return text != null && Objects.equals(s.symbol(), text.symbol()) && Objects.equals(s.session(), text.session())
                && Objects.equals(s.title(), text.title()) && entry.resolution() == text;
    }

    public CorpusEntry corpusEntry() {
        return entry;
    }

    /** Bundled, added by the user, or in a folder they added. */
    public TextOrigin origin() {
        return origin;
    }

    /** Where its other copies are, when the text is in the library more than once; else null. */
    public DuplicateNote duplicate() {
        return duplicate;
    }

    /** "in Downloads", or "bundled" for the copy shipped with Clausewise: tells two copies of a text apart. */
    public String whereWords() {
        return origin.kind() == TextOrigin.Kind.BUNDLED ? "bundled" : "in " + folderName();
    }

    /** The name of the folder the file is in ("Downloads"), which tells two copies of a text apart. */
    public String folderName() {
        Path parent = source().toAbsolutePath().normalize().getParent();
        Path name = parent == null ? null : parent.getFileName();
        return name == null ? String.valueOf(parent) : name.toString();
    }

    public TextSummary summary() {
        return entry.summary();
    }

    public ResolutionKind kind() {
        return entry.summary().kind();
    }

    public boolean isDraft() {
        return entry.isDraft();
    }

    /** "A/RES/67/169", or "Draft (67th session)" when the text has no symbol. */
    public String displayName() {
        return entry.summary().displayName();
    }

    /** "61st session", or "session unknown". */
    public String sessionLabel() {
        Integer s = entry.summary().session();
        return s == null ? "session unknown" : Sessions.ordinal(s) + " session";
    }

    /** "19 Dec 2006", or "" when the date is unknown. */
    public String dateLabel() {
        return Dates.format(entry.summary().date());
    }

    /** What a selector shows: "A/RES/61/168 · 61st session · 19 Dec 2006". */
    public String displayLabel() {
        TextSummary s = entry.summary();
        StringBuilder sb = new StringBuilder(s.displayName());
        if (s.symbol() != null || s.session() == null) {
            sb.append(" \u00B7 ").append(sessionLabel());
        }
        if (!dateLabel().isEmpty()) {
            sb.append(" \u00B7 ").append(dateLabel());
        }
        return sb.toString();
    }

    /** Title, labels, file and folder name, kind and Committee in lower case, for the filter box. */
    public String filterText() {
        if (haystack == null) {
            TextSummary s = entry.summary();
            haystack = (s.title() + " " + displayLabel() + " " + source().getFileName() + " " + folderName() + " "
                    + s.kind().displayName() + " " + (s.committee() == null ? "" : s.committee()))
                    .toLowerCase(Locale.ROOT);
        }
        return haystack;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LibraryEntry e && entry.equals(e.entry);
    }

    @Override
    public int hashCode() {
        return entry.hashCode();
    }

    @Override
    public String toString() {
        return displayLabel();
    }
}
