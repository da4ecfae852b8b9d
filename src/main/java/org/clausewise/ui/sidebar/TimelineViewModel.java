package org.clausewise.ui.sidebar;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.clausewise.corpus.MissingFile;
import org.clausewise.model.ResolutionKind;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.SeriesTimeline;

import java.util.List;
import java.util.TreeSet;

/**
 * The sidebar's state: the library's series narrowed by the filter box and the session, Committee
 * and kind choices ({@link SidebarFilter}), the choices the library offers, and the counts shown.
 */
public final class TimelineViewModel {
    private final ObjectProperty<Library> library = new SimpleObjectProperty<>(Library.empty());
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Integer> session = new SimpleObjectProperty<>();
    private final ObjectProperty<String> committee = new SimpleObjectProperty<>();
    private final ObjectProperty<ResolutionKind> kind = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<SeriesTimeline>> shown = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Choices> choices = new ReadOnlyObjectWrapper<>(Choices.NONE);
    private final ReadOnlyObjectWrapper<List<MissingFile>> missing = new ReadOnlyObjectWrapper<>(List.of());

    /** The sessions, Committees and kinds of the library's texts, in order. */
    public record Choices(List<Integer> sessions, List<String> committees, List<ResolutionKind> kinds) {
        static final Choices NONE = new Choices(List.of(), List.of(), List.of());

        static Choices of(Library library) {
            TreeSet<Integer> sessions = new TreeSet<>();
            TreeSet<String> committees = new TreeSet<>();
            TreeSet<ResolutionKind> kinds = new TreeSet<>();
            for (SeriesTimeline s : library.series()) {
                for (List<LibraryEntry> part : List.of(s.adopted(), s.drafts())) {
                    for (LibraryEntry e : part) {
                        if (e.summary().session() != null) {
                            sessions.add(e.summary().session());
                        }
                        if (e.summary().committee() != null) {
                            committees.add(e.summary().committee());
                        }
                        kinds.add(e.kind());
                    }
                }
            }
            return new Choices(List.copyOf(sessions.descendingSet()), List.copyOf(committees), List.copyOf(kinds));
        }
    }

    public TimelineViewModel() {
        library.addListener((obs, old, now) -> {
            choices.set(now == null ? Choices.NONE : Choices.of(now));
            missing.set(now == null ? List.of() : now.missing());
            refresh();
        });
        filter.addListener((obs, old, now) -> refresh());
        session.addListener((obs, old, now) -> refresh());
        committee.addListener((obs, old, now) -> refresh());
        kind.addListener((obs, old, now) -> refresh());
    }

    private void refresh() {
        SidebarFilter f = currentFilter();
        List<SeriesTimeline> now = f.apply(library.get());
        shown.set(now);
        Library all = library.get();
        int total = all == null ? 0 : all.textCount();
        String c = SidebarFilter.counts(now);
        counts.set(f.isEmpty() || total == 0 ? c : c + " (of " + total + ")");
    }

    public SidebarFilter currentFilter() {
        return new SidebarFilter(filter.get(), session.get(), committee.get(), kind.get());
    }

    /** Static access for old callers: the filter box alone. */
    static List<SeriesTimeline> filter(Library library, String query) {
        return new SidebarFilter(query, null, null, null).apply(library);
    }

    public ObjectProperty<Library> libraryProperty() {
        return library;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Integer> sessionProperty() {
        return session;
    }

    public ObjectProperty<String> committeeProperty() {
        return committee;
    }

    public ObjectProperty<ResolutionKind> kindProperty() {
        return kind;
    }

    public ReadOnlyObjectProperty<List<SeriesTimeline>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** "312 texts in 187 series", with "(of 664)" while a filter is on. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The files and folders of the library that are not where they were, listed greyed above the series. */
    public ReadOnlyObjectProperty<List<MissingFile>> missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Choices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    /** Clears every filter. */
    public void clearFilters() {
        filter.set("");
        session.set(null);
        committee.set(null);
        kind.set(null);
    }
}
