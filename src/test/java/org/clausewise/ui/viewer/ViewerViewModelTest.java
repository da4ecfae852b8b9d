package org.clausewise.ui.viewer;

import org.clausewise.model.ChangeKind;
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
        assertEquals("added", ChangeDescriptions.detail(vm.visibleRows().get(2)));
        assertEquals("OP 3 \u2192 OP 4", ChangeDescriptions.label(vm.visibleRows().get(4)));
        assertEquals("editorial", ChangeDescriptions.detail(vm.visibleRows().get(4)));
    }

    @Test
    void aMovedClauseSaysWhereItCameFrom() {
        var op3 = org.clausewise.model.Clause.operative(3, "Urges States;", java.util.List.of(), java.util.List.of());
        var op7 = org.clausewise.model.Clause.operative(7, "Urges States;", java.util.List.of(), java.util.List.of());
        var moved = new org.clausewise.model.ClauseRow(org.clausewise.model.Part.OPERATIVE, op3, op7, ChangeKind.MOVED,
                org.clausewise.model.TextDiff.none("Urges States;"), false, java.util.List.of(),
                org.clausewise.model.Relation.NONE);
        assertEquals("moved from OP 3", ChangeDescriptions.detail(moved));
        assertEquals("OP 3 \u2192 OP 7", ChangeDescriptions.label(moved));
    }
}
