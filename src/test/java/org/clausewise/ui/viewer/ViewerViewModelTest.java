package org.clausewise.ui.viewer;

import org.clausewise.model.ChangeKind;
import org.clausewise.present.Side;
import org.clausewise.ui.MadeUpTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Navigation, filtering, zoom, find and copy of the viewer, without a window. */
class ViewerViewModelTest {
    private final ViewerViewModel vm = new ViewerViewModel();

    @BeforeEach
    void load() {
        vm.comparisonProperty().set(MadeUpTexts.comparison());
    }

    @Test
    void nextAndPreviousChangeVisitModifiedAddedAndEditorialRowsInOrder() {
        assertEquals(6, vm.visibleRows().size());
        assertTrue(vm.nextChange());
        assertEquals(ChangeKind.MODIFIED, vm.currentRowValue().kind());
        assertEquals(1, vm.currentRowValue().rightNumber());
        assertTrue(vm.nextChange());
        assertEquals(ChangeKind.ADDED, vm.currentRowValue().kind());
        assertTrue(vm.nextChange());
        assertEquals(4, vm.currentRowValue().rightNumber(), "the editorial OP 4 is a change while shown");
        assertFalse(vm.nextChange(), "no change after OP 4");
        assertEquals(4, vm.currentRowValue().rightNumber());
        assertTrue(vm.previousChange());
        assertEquals(ChangeKind.ADDED, vm.currentRowValue().kind());
    }

    @Test
    void hidingEditorialSkipsEditorialOnlyRows() {
        vm.showEditorialProperty().set(false);
        vm.nextChange();
        vm.nextChange();
        assertFalse(vm.nextChange(), "OP 4 only changed its quotes");
        assertEquals(2, vm.changes().size());
    }

    @Test
    void onlyChangesKeepsTheCurrentRowAndDropsUnchangedOnes() {
        vm.nextChange();
        vm.nextChange();
        vm.onlyChangesProperty().set(true);
        assertEquals(3, vm.visibleRows().size());
        assertEquals(ChangeKind.ADDED, vm.currentRowValue().kind());
        assertEquals(1, vm.currentRowProperty().get());
    }

    @Test
    void zoomStaysWithinBounds() {
        for (int i = 0; i < 50; i++) {
            vm.zoomIn();
        }
        assertEquals(ViewerViewModel.MAX_FONT_SIZE, vm.fontSizeProperty().get());
        vm.resetZoom();
        vm.zoomOut();
        assertEquals(ViewerViewModel.DEFAULT_FONT_SIZE - 1, vm.fontSizeProperty().get());
    }

    @Test
    void findMovesThroughMatchesOnBothSidesAndWraps() {
        FindMatch first = vm.findNext("welcomes").orElseThrow();
        assertEquals(1, first.row());
        assertEquals(Side.LEFT, first.side());
        FindMatch second = vm.findNext("welcomes").orElseThrow();
        assertEquals(Side.RIGHT, second.side());
        assertEquals(1, vm.currentRowProperty().get());
        assertEquals(first, vm.findNext("welcomes").orElseThrow(), "wraps to the first match");
        assertTrue(vm.findNext("no such words").isEmpty());
    }

    @Test
    void copiesTheClauseWithSymbolAndNumber() {
        vm.nextChange();
        assertEquals("A/RES/3/7, OP 1: " + MadeUpTexts.OP1_RIGHT, vm.quoteCurrentClause().orElseThrow());
    }

    @Test
    void describesRowsInWords() {
        var rows = vm.presentation().clauseRows();
        assertEquals("added", rows.get(2).description());
        assertEquals("OP 3 \u2192 OP 4", rows.get(4).label());
        assertEquals("editorial", rows.get(4).description());
    }

    @Test
    void theChangeListFollowsTheEditorialToggleBothWays() {
        assertEquals(3, vm.changes().size());
        vm.showEditorialProperty().set(false);
        assertEquals(2, vm.changes().size(), "the editorial-only OP 4 leaves the list");
        vm.showEditorialProperty().set(true);
        assertEquals(3, vm.changes().size(), "and comes back");
    }

    @Test
    void changePositionFollowsF7AndClicks() {
        assertEquals("3 changes", vm.changePositionProperty().get());
        vm.nextChange();
        assertEquals("change 1 of 3", vm.changePositionProperty().get());
        vm.goTo(vm.visibleRows().get(4));
        assertEquals("change 3 of 3", vm.changePositionProperty().get());
        vm.goTo(vm.visibleRows().get(0));
        assertEquals("3 changes", vm.changePositionProperty().get(), "an unchanged row is no change");
        vm.showEditorialProperty().set(false);
        assertEquals("2 changes", vm.changePositionProperty().get());
    }
}
