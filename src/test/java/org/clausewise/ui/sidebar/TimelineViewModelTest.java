package org.clausewise.ui.sidebar;

import org.clausewise.ui.MadeUpTexts;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.SeriesTimeline;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The filter box narrows the made-up library by symbol, session and year. */
class TimelineViewModelTest {
    private final LibraryEntry first = new LibraryEntry(Path.of("a.txt"), MadeUpTexts.comparison().left());
    private final LibraryEntry third = new LibraryEntry(Path.of("b.txt"), MadeUpTexts.comparison().right());
    private final TimelineViewModel vm = new TimelineViewModel();

    TimelineViewModelTest() {
        vm.libraryProperty().set(new Library(List.of(
                new SeriesTimeline("Made-up cooperation", List.of(first, third), List.of())), List.of()));
    }

    @Test
    void emptyFilterShowsEverything() {
        assertEquals(2, vm.shownProperty().get().get(0).adopted().size());
    }

    @Test
    void everyWordMustMatch() {
        vm.filterProperty().set("3rd 1948");
        assertEquals(List.of(third), vm.shownProperty().get().get(0).adopted());
        vm.filterProperty().set("A/RES/1/1");
        assertEquals(List.of(first), vm.shownProperty().get().get(0).adopted());
        vm.filterProperty().set("cooperation 1946");
        assertEquals(List.of(first), vm.shownProperty().get().get(0).adopted());
        vm.filterProperty().set("privacy");
        assertTrue(vm.shownProperty().get().isEmpty());
    }

    @Test
    void entryLabelsCarrySymbolSessionAndDate() {
        assertEquals("A/RES/1/1 \u00B7 1st session \u00B7 14 Dec 1946", first.displayLabel());
    }
}
