package org.clausewise.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.clausewise.compare.MadeUpStructure;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;
import org.junit.jupiter.api.Test;

/** The history window's full text and overview name a text's sections, annex and nested items. */
class StructuredFullTextTest {
    @Test
    void theFullTextShowsSectionsAnnexesAndNestedItems() {
        Resolution right = MadeUpStructure.right();
        Clause ships = right.operative().stream().filter(c -> c.label().equals("OP III.1")).findFirst().orElseThrow();
        FullText full = FullText.of(right, ships);
        String text = StyledRun.text(full.runs());
        assertTrue(text.contains("\nIII. Harbours and their quays\nOP III.1  Invites"), text);
        assertTrue(text.indexOf("II. Lighthouses") < text.indexOf("OP II.1  "), "a heading before its clauses");
        assertTrue(text.contains("\n        (ii) the lanterns"), "nested items set in further: " + text);
        assertTrue(text.contains("\nAnnex I\nRules for the imaginary harbour festival\n"), text);
        assertEquals(text.indexOf("OP III.1  "), full.targetStart(), "the view scrolls to the clause");
    }

    @Test
    void overviewCellsNameTheClauseWithItsSection() {
        Resolution right = MadeUpStructure.right();
        assertEquals("III.1", SeriesOverviewViewModel.number(right.operative().get(3)));
        assertEquals("\u00B6 3", SeriesOverviewViewModel.number(right.annexes().get(0).clauses().get(2)));
        assertEquals("1", SeriesOverviewViewModel.number(right.preamble().get(0)));
    }
}
