package org.clausewise.ui.threeway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.clausewise.compare.MadeUpTriple;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.present.ViewOptions;
import org.junit.jupiter.api.Test;

/** The negotiation window's state without a window: F7 stops, "change n of N", toggles keep the place. */
class ThreeWayViewModelTest {
    private final ThreeWayComparison c = MadeUpTriple.comparison();

    @Test
    void f7WalksTheStoriesAndShiftF7WalksBack() {
        ThreeWayViewModel vm = new ThreeWayViewModel(c, ViewOptions.ALL);
        int total = vm.presentation().changes().size();
        assertEquals(total + " changes", vm.positionProperty().get());
        vm.nextChange();
        assertEquals("PP 2", vm.currentRow().orElseThrow().label());
        assertEquals("Change 1 of " + total, vm.positionProperty().get());
        vm.nextChange();
        vm.nextChange();
        assertEquals("OP 2", vm.currentRow().orElseThrow().label());
        vm.previousChange();
        assertEquals("PP 3", vm.currentRow().orElseThrow().label());
        vm.previousChange();
        vm.previousChange();
        assertEquals("PP 2", vm.currentRow().orElseThrow().label(), "stays on the first change");
    }

    @Test
    void togglesKeepTheCurrentClause() {
        ThreeWayViewModel vm = new ThreeWayViewModel(c, ViewOptions.ALL);
        vm.nextChange();
        vm.nextChange();
        vm.onlyChangesProperty().set(true);
        assertEquals("PP 3", vm.currentRow().orElseThrow().label());
        assertEquals(0, vm.currentRowProperty().get() - 1, "PP 2 is the only row before it");
        vm.showEditorialProperty().set(false);
        assertEquals("PP 3", vm.currentRow().orElseThrow().label());
        assertEquals(new ViewOptions(true, false), vm.options());
    }

    @Test
    void namesForTheWindowAndThePdf() {
        ThreeWayViewModel vm = new ThreeWayViewModel(c, ViewOptions.ALL);
        assertEquals("Negotiation: Made-up cooperation on imaginary things", vm.title());
        assertEquals("A-RES-1-10_A-C-3-2-L-5_A-RES-2-20.pdf", vm.suggestedPdfName());
    }
}
