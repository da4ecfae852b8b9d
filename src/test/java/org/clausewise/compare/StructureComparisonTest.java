package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.clausewise.model.AnnexRow;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.HeadingRow;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubparagraphRow;
import org.junit.jupiter.api.Test;

/**
 * The structure in the comparison, on made-up texts: headings as rows of their own, a clause that
 * changed section is moved, numbering that restarts per section is no change, annexes aligned apart,
 * sub-paragraphs aligned by content and nested ones within their parent.
 */
class StructureComparisonTest {
    private final Comparison c = MadeUpStructure.comparison();

    @Test
    void aSectionAddedInFrontRenumbersTheOthersWithoutChangingThem() {
        assertEquals(List.of("null -> I added", "I -> II modified", "II -> III unchanged"),
                c.headings().stream().map(StructureComparisonTest::describe).toList());
        assertEquals("OP I.1 -> OP II.1 unchanged", describe(row(MadeUpStructure.LIGHT_1)));
        assertEquals("OP I.2 -> OP II.2 unchanged", describe(row(MadeUpStructure.LIGHT_2)));
        assertEquals("OP II.1 -> OP III.2 unchanged", describe(row(MadeUpStructure.QUAYS)));
        assertEquals("null -> OP I.1 added", describe(row(MadeUpStructure.WEATHER)));
    }

    @Test
    void aRenamedHeadingIsOneModifiedRowWithItsWordEdits() {
        HeadingRow renamed = c.headings().get(1);
        assertEquals(ChangeKind.MODIFIED, renamed.kind());
        assertTrue(renamed.diff().edits().stream().anyMatch(e -> e.op().jsonName().equals("insert")
                && e.text().contains("beacons")));
    }

    @Test
    void aClauseThatWentToTheNextSectionIsMovedAndSaysFromWhere() {
        ClauseRow ships = row(MadeUpStructure.SHIPS);
        assertEquals("OP I.3 -> OP III.1 moved", describe(ships));
        assertEquals("I", ships.fromSection());
        assertTrue(c.operative().stream().filter(r -> r != ships).noneMatch(ClauseRow::movedBetweenSections));
    }

    @Test
    void aSubParagraphInsertedInTheMiddleIsOneAddedRowAndTheRestStillFaceTheirCounterparts() {
        List<SubparagraphRow> subs = row(MadeUpStructure.PORT).subparagraphs();
        assertEquals(List.of("a -> a unchanged", "null -> b added", "b -> c modified", "c -> d unchanged"),
                subs.stream().map(StructureComparisonTest::describe).toList());
    }

    @Test
    void nestedSubParagraphsAreAlignedWithinTheirParent() {
        SubparagraphRow registers = row(MadeUpStructure.PORT).subparagraphs().get(2);
        assertEquals(List.of("i -> i unchanged", "ii -> ii modified"),
                registers.children().stream().map(StructureComparisonTest::describe).toList());
        assertFalse(registers.diff().changed(), "the lead-in of (b)/(c) itself is the same");
        assertEquals("substantive", registers.changeClass().jsonName());
    }

    @Test
    void annexesAreMatchedByIdAndTheirParagraphsAlignedApartFromTheBody() {
        assertEquals(1, c.annexes().size());
        AnnexRow annex = c.annexes().get(0);
        assertEquals(ChangeKind.UNCHANGED, annex.header().kind());
        assertEquals(List.of("Annex I ¶ 1 -> Annex I ¶ 1 unchanged", "Annex I ¶ 2 -> Annex I ¶ 2 unchanged",
                "Annex I ¶ 3 -> Annex I ¶ 3 modified"), annex.rows().stream().map(StructureComparisonTest::describe).toList());
        assertEquals(3, c.rows(Part.ANNEX).size());
        assertTrue(c.operative().stream().noneMatch(r -> r.left() != null && r.left().part() == Part.ANNEX));
    }

    @Test
    void theCountsTakeInHeadingsAndAnnexRows() {
        // body: PP 1, 4 unchanged OPs… + 3 annex rows + 3 headings and the annex title
        int rows = c.preamble().size() + c.operative().size() + c.rows(Part.ANNEX).size() + c.allHeadings().size();
        var s = c.summary();
        assertEquals(rows, s.unchanged() + s.modified() + s.added() + s.removed() + s.moved());
        assertEquals(2, s.added(), "the weather section's heading and its paragraph");
        assertEquals(1, s.moved());
        assertEquals(3, s.modified(), "the renamed heading, the port paragraph, annex paragraph 3");
    }

    @Test
    void sectionsRelabelledAreNoChangeAtAll() {
        Comparison same = new ResolutionComparer().compare(MadeUpStructure.left(), MadeUpStructure.leftRelabelled());
        var s = same.summary();
        assertEquals(0, s.modified() + s.added() + s.removed() + s.moved(), String.valueOf(s));
        assertEquals("OP I.3 -> OP A.3 unchanged", describe(same.operative().get(2)));
    }

    @Test
    void anUnnumberedOperativeParagraphAlignsWithANumberedOne() {
        List<Resolution> texts = MadeUpStructure.unnumberedThenNumbered();
        Comparison u = new ResolutionComparer().compare(texts.get(0), texts.get(1));
        assertEquals(List.of("OP -> OP 1 unchanged", "null -> OP 2 added"),
                u.operative().stream().map(StructureComparisonTest::describe).toList());
    }

    @Test
    void theComparisonIsTheSameBothWaysRound() {
        Comparison back = new ResolutionComparer().compare(MadeUpStructure.right(), MadeUpStructure.left());
        assertEquals(List.of("I -> null removed", "II -> I modified", "III -> II unchanged"),
                back.headings().stream().map(StructureComparisonTest::describe).toList());
        ClauseRow ships = back.operative().stream().filter(r -> r.left() != null
                && r.left().text().equals(MadeUpStructure.SHIPS)).findFirst().orElseThrow();
        assertEquals("III", ships.fromSection());
    }

    private ClauseRow row(String rightText) {
        return c.operative().stream().filter(r -> r.right() != null && r.right().text().equals(rightText))
                .findFirst().orElseThrow();
    }

    private static String describe(ClauseRow r) {
        return (r.left() == null ? "null" : r.left().label()) + " -> " + (r.right() == null ? "null" : r.right().label())
                + " " + r.kind().jsonName();
    }

    private static String describe(HeadingRow h) {
        return (h.left() == null ? "null" : h.left().path()) + " -> " + (h.right() == null ? "null" : h.right().path())
                + " " + h.kind().jsonName();
    }

    private static String describe(SubparagraphRow s) {
        return (s.left() == null ? "null" : s.left().label()) + " -> " + (s.right() == null ? "null" : s.right().label())
                + " " + s.kind().jsonName();
    }

    @SuppressWarnings("unused")
    private static String all(Comparison c) {
        return c.operative().stream().map(StructureComparisonTest::describe).collect(Collectors.joining("\n"));
    }
}
