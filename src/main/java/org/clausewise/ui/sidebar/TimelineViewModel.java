package org.clausewise.ui.sidebar;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.SeriesTimeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sidebar's state: the library's series, narrowed by the filter box. Every word of the filter
 * must appear in a text's symbol, session, date, file name or series title.
 */
public final class TimelineViewModel {
    private final ObjectProperty<Library> library = new SimpleObjectProperty<>(Library.empty());
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<SeriesTimeline>> shown = new ReadOnlyObjectWrapper<>(List.of());

    public TimelineViewModel() {
        library.addListener((obs, old, now) -> refresh());
        filter.addListener((obs, old, now) -> refresh());
    }

    private void refresh() {
        shown.set(filter(library.get(), filter.get()));
    }

    static List<SeriesTimeline> filter(Library library, String query) {
        if (library == null) {
            return List.of();
        }
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return library.series();
        }
        List<SeriesTimeline> out = new ArrayList<>();
        for (SeriesTimeline s : library.series()) {
            List<LibraryEntry> adopted = s.adopted().stream().filter(e -> matches(s, e, words)).toList();
            List<LibraryEntry> drafts = s.drafts().stream().filter(e -> matches(s, e, words)).toList();
            if (!adopted.isEmpty() || !drafts.isEmpty()) {
                out.add(new SeriesTimeline(s.title(), adopted, drafts));
            }
        }
        return out;
    }

    private static boolean matches(SeriesTimeline series, LibraryEntry e, String[] words) {
        String hay = (series.title() + " " + e.resolution().title() + " " + e.displayLabel() + " "
                + e.source().getFileName() + (e.isDraft() ? " draft" : "")).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (!hay.contains(w)) {
                return false;
            }
        }
        return true;
    }

    public ObjectProperty<Library> libraryProperty() {
        return library;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<List<SeriesTimeline>> shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
