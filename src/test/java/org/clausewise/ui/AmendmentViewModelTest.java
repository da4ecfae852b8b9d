package org.clausewise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.clausewise.amend.MadeUpTexts;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.model.ChangeSummary;
import org.clausewise.model.Resolution;
import org.clausewise.ui.background.DirectExecutor;
import org.clausewise.ui.library.AddResult;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.LibraryService;
import org.clausewise.ui.library.SeriesTimeline;
import org.clausewise.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft as amended in the window's state, on a made-up library, synchronously, without a window. */
class AmendmentViewModelTest {
    @TempDir
    Path config;

    static final LibraryEntry DRAFT = new LibraryEntry(Path.of("/lib/L7.txt"), MadeUpTexts.draft());
    static final LibraryEntry DELETE_OP3 = entry("A/C.3/99/L.20", "Delete operative paragraph 3.\n");
    static final LibraryEntry REPLACE = entry("A/C.3/99/L.21", "In operative paragraph 2, replace the words "
            + "\u201Cregional and international\u201D with \u201Cinternational\u201D.\n\n2. Delete operative paragraph 12.\n");
    static final LibraryEntry ORPHAN = new LibraryEntry(Path.of("/lib/L40.txt"), MadeUpTexts.parse(
            MadeUpTexts.amendmentText("A/C.3/99/L.40", "Delete operative paragraph 1.\n").replace("A/C.3/99/L.7", "A/C.3/99/L.9"),
            "L40.txt"));

    static LibraryEntry entry(String symbol, String instructions) {
        return new LibraryEntry(Path.of("/lib/" + symbol.replace('/', '_') + ".txt"),
                MadeUpTexts.amendment(symbol, instructions));
    }

    static LibraryService library(LibraryEntry... drafts) {
        return new LibraryService() {
            @Override
            public Library load(java.util.function.DoubleConsumer progress) {
                return new Library(List.of(new SeriesTimeline("Made-up cooperation", List.of(), List.of(drafts))), List.of());
            }

            @Override
            public AddResult add(List<Path> paths) {
                return new AddResult(load(p -> { }), 0, List.of());
            }
        };
    }

    private MainViewModel main(LibraryEntry... texts) {
        ResolutionComparer comparer = new ResolutionComparer();
        AppServices services = new AppServices(library(texts), p -> MadeUpTexts.draft(), comparer::compare,
                (c, out, o) -> { }, new DirectExecutor(), new SettingsStore(config));
        MainViewModel vm = new MainViewModel(services);
        vm.load(null, null);
        return vm;
    }

    @Test
    void pickingAnAmendmentOffersItsDraftAsAmended() {
        MainViewModel main = main(DRAFT, DELETE_OP3, REPLACE);
        AmendmentViewModel vm = new AmendmentViewModel(main, new DirectExecutor());
        assertEquals("", vm.offerProperty().get().message());
        main.rightProperty().set(DELETE_OP3);
        AmendmentViewModel.Offer offer = vm.offerProperty().get();
        assertEquals("A/C.3/99/L.20 amends A/C.3/99/L.7.", offer.message());
        assertTrue(offer.canShow());
        assertEquals(List.of(DELETE_OP3, REPLACE), offer.all(), "both amendments to the draft, in order");
        assertEquals("Show the Draft as Amended", vm.actionText(DELETE_OP3));
    }

    @Test
    void showingPutsTheDraftBesideTheDraftAsAmendedWithTheOutcomes() {
        MainViewModel main = main(DRAFT, DELETE_OP3, REPLACE);
        AmendmentViewModel vm = new AmendmentViewModel(main, new DirectExecutor());
        main.leftProperty().set(REPLACE);
        vm.showPicked();
        assertSame(DRAFT, main.leftProperty().get());
        Resolution right = main.rightProperty().get().resolution();
        assertEquals("A/C.3/99/L.7 as amended", right.displayName());
        ChangeSummary s = main.viewer().comparisonProperty().get().summary();
        assertEquals(1, s.modified());
        assertEquals(0, s.removed() + s.added());
        AmendmentViewModel.Offer offer = vm.offerProperty().get();
        assertEquals("A/C.3/99/L.7 as amended by A/C.3/99/L.21: 1 of 2 instructions applied; the others change nothing.",
                offer.message());
        assertNotNull(offer.shown());
        assertFalse(offer.canShow());
        assertFalse(offer.shown().outcomes().get(1).applied());
    }

    @Test
    void allAmendmentsApplyInOrder() {
        MainViewModel main = main(DRAFT, DELETE_OP3, REPLACE);
        AmendmentViewModel vm = new AmendmentViewModel(main, new DirectExecutor());
        main.rightProperty().set(DELETE_OP3);
        vm.show(vm.offerProperty().get().all());
        ChangeSummary s = main.viewer().comparisonProperty().get().summary();
        assertEquals(1, s.removed());
        assertEquals(1, s.modified());
        main.rightProperty().set(DRAFT);
        assertEquals("", vm.offerProperty().get().message(), "another pick: the outcomes go");
    }

    @Test
    void aMissingDraftIsNamed() {
        MainViewModel main = main(DRAFT, ORPHAN);
        AmendmentViewModel vm = new AmendmentViewModel(main, new DirectExecutor());
        main.rightProperty().set(ORPHAN);
        AmendmentViewModel.Offer offer = vm.offerProperty().get();
        assertFalse(offer.canShow());
        assertEquals("A/C.3/99/L.40 amends draft A/C.3/99/L.9, which is not in the library: add it to see the draft "
                + "as amended.", offer.message());
        assertEquals("Show the Draft as Amended (draft A/C.3/99/L.9 is not in the library)", vm.actionText(ORPHAN));
    }

    @Test
    void theLatestRevisionInTheLibraryIsUsedAndSaid() {
        LibraryEntry rev = new LibraryEntry(Path.of("/lib/L7-Rev1.txt"), MadeUpTexts.parse(MadeUpTexts.DRAFT
                .replace("A/C.3/99/L.7", "A/C.3/99/L.7/Rev.1").replace(": draft resolution", ": revised draft resolution"),
                "L7-Rev1.txt"));
        MainViewModel main = main(DRAFT, rev, DELETE_OP3);
        AmendmentViewModel vm = new AmendmentViewModel(main, new DirectExecutor());
        main.rightProperty().set(DELETE_OP3);
        assertEquals("A/C.3/99/L.20 amends A/C.3/99/L.7 (the library has its latest revision, A/C.3/99/L.7/Rev.1).",
                vm.offerProperty().get().message());
        vm.showPicked();
        assertSame(rev, main.leftProperty().get());
    }
}
