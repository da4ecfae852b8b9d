package org.clausewise.ui.sidebar;

import org.clausewise.model.ResolutionKind;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.SeriesTimeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the sidebar narrows the library to: words of the filter box (each must appear in a text's
 * title, symbol, session, date, file name, kind or Committee), and optionally one session, one
 * Committee and one kind. Plain data, so it is tested and measured without a window.
 *
 * @param text      the filter box, "" for all
 * @param session   one session, or null for all
 * @param committee one Committee ("Third Committee", "Plenary"), or null for all
 * @param kind      one kind, or null for all
 */
public record SidebarFilter(String text, Integer session, String committee, ResolutionKind kind) {
    public static final SidebarFilter NONE = new SidebarFilter("", null, null, null);

    public SidebarFilter {
        text = text == null ? "" : text;
    }

    public boolean isEmpty() {
        return text.isBlank() && session == null && committee == null && kind == null;
    }

    /** The series with at least one text that passes, each with only those texts; all of them when nothing is set. */
    public List<SeriesTimeline> apply(Library library) {
        if (library == null) {
            return List.of();
        }
        if (isEmpty()) {
            return library.series();
        }
        String[] words = text.toLowerCase(Locale.ROOT).strip().split("\\s+");
        List<SeriesTimeline> out = new ArrayList<>();
        for (SeriesTimeline s : library.series()) {
            String title = s.title().toLowerCase(Locale.ROOT);
            List<LibraryEntry> adopted = keep(s.adopted(), title, words);
            List<LibraryEntry> drafts = keep(s.drafts(), title, words);
            if (!adopted.isEmpty() || !drafts.isEmpty()) {
                out.add(adopted.size() == s.adopted().size() && drafts.size() == s.drafts().size()
                        ? s : new SeriesTimeline(s.title(), adopted, drafts));
            }
        }
        return out;
    }

    private List<LibraryEntry> keep(List<LibraryEntry> entries, String seriesTitle, String[] words) {
        List<LibraryEntry> kept = new ArrayList<>();
        for (LibraryEntry e : entries) {
            if (matches(e, seriesTitle, words)) {
                kept.add(e);
            }
        }
        return kept.size() == entries.size() ? entries : kept;
    }

    private boolean matches(LibraryEntry e, String seriesTitle, String[] words) {
        if (session != null && !session.equals(e.summary().session())
                || committee != null && !committee.equals(e.summary().committee())
                || kind != null && kind != e.kind()) {
            return false;
        }
        String hay = e.filterText();
        for (String w : words) {
            if (!w.isEmpty() && !hay.contains(w) && !seriesTitle.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "312 texts in 187 series", counting what {@code shown} holds. */
    public static String counts(List<SeriesTimeline> shown) {
        int texts = shown.stream().mapToInt(s -> s.adopted().size() + s.drafts().size()).sum();
        return texts + (texts == 1 ? " text in " : " texts in ") + shown.size() + " series";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SidebarFilter f && text.equals(f.text) && Objects.equals(session, f.session)
                && Objects.equals(committee, f.committee) && kind == f.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, session, committee, kind);
    }
}
