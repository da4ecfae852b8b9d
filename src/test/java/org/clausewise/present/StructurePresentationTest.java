package org.clausewise.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clausewise.compare.MadeUpStructure;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Comparison;
import org.junit.jupiter.api.Test;

/**
 * What is shown of a comparison of texts with sections, an annex and nested sub-paragraphs: group
 * rows for sections and annexes in the right places, both sides' heading words, labels with their
 * section, nested lines set in, and the change list (F7's stops) with the headings that changed.
 */
class StructurePresentationTest {
    private final Comparison c = MadeUpStructure.comparison();
    private final Presentation all = Presentation.of(c, ViewOptions.ALL);

    @Test
    void sectionAndAnnexHeadingsStandOverTheirRowsInReadingOrder() {
        assertEquals(List.of(
                "# Preamble", "PP 1",
                "# Operative part",
                "# I. Weather stations on the imaginary islands", "OP I.1",
                "# II. Lighthouses and beacons of the imaginary coast", "OP I.1 \u2192 OP II.1", "OP I.2 \u2192 OP II.2",
                "# III. Harbours and their quays", "OP I.3 \u2192 OP III.1", "OP II.1 \u2192 OP III.2", "OP II.2 \u2192 OP III.3",
                "# Annex I Rules for the imaginary harbour festival", "Annex I \u00B6 1", "Annex I \u00B6 2", "Annex I \u00B6 3"),
                outline(all));
    }

    @Test
    void aRenamedHeadingShowsBothSidesWithTheirWordEdits() {
        GroupRow renamed = heading(all, "II. Lighthouses and beacons of the imaginary coast");
        assertEquals(GroupRow.Kind.SECTION, renamed.kind());
        assertEquals(ChangeKind.MODIFIED, renamed.change());
        assertEquals("renamed", renamed.description());
        assertEquals("Section II \u2014 renamed", renamed.summaryLine());
        assertEquals("I. Lighthouses of the imaginary coast", text(renamed.heading(Side.LEFT)));
        assertTrue(renamed.heading(Side.RIGHT).stream().anyMatch(r -> r.mark() == Run.Mark.INSERTED
                && r.text().contains("beacons")));
        assertTrue(renamed.heading(Side.LEFT).stream().noneMatch(Run::isChange), "nothing was taken out of it");
        GroupRow added = heading(all, "I. Weather stations on the imaginary islands");
        assertFalse(added.has(Side.LEFT));
        assertEquals("added", added.description());
    }

    @Test
    void theMovedClauseSaysWhichSectionItCameFrom() {
        PresentedRow ships = row(all, "OP I.3 \u2192 OP III.1");
        assertEquals("moved from section I (OP I.3)", ships.description());
    }

    @Test
    void nestedSubParagraphsAreLinesOneLevelDeeper() {
        PresentedRow port = row(all, "OP II.2 \u2192 OP III.3");
        List<String> lines = new ArrayList<>();
        for (SubparagraphLine l : port.subparagraphs()) {
            lines.add(l.level() + " " + l.leftLabel() + "/" + l.rightLabel() + " " + l.kind().jsonName());
        }
        assertEquals(List.of("0 a/a unchanged", "0 null/b added", "0 b/c modified", "1 i/i unchanged",
                "1 ii/ii modified", "0 c/d unchanged"), lines);
        String right = text(port.text(Side.RIGHT));
        assertTrue(right.contains("\n\u2003\u2003(ii) the lanterns"), "the nested (ii) is set in: " + right);
    }

    @Test
    void theChangeListAndF7TakeInTheHeadingsThatChanged() {
        List<String> list = all.changeList().stream().map(StructurePresentationTest::name).toList();
        assertEquals(List.of("# I. Weather stations on the imaginary islands", "OP I.1",
                "# II. Lighthouses and beacons of the imaginary coast", "OP I.3 \u2192 OP III.1", "OP II.2 \u2192 OP III.3",
                "Annex I \u00B6 3"), list);
        List<DisplayRow> forward = new ArrayList<>();
        for (Optional<DisplayRow> s = all.nextStop(null); s.isPresent(); s = all.nextStop(s.get())) {
            forward.add(s.get());
        }
        assertEquals(all.changeList(), forward);
        List<DisplayRow> back = new ArrayList<>();
        for (Optional<DisplayRow> s = all.previousStop(null); s.isPresent(); s = all.previousStop(s.get())) {
            back.add(0, s.get());
        }
        assertEquals(all.changeList(), back);
        assertEquals(4, all.changes().size(), "the clause changes alone");
    }

    @Test
    void onlyChangesKeepsTheHeadingsOverTheChangesShown() {
        Presentation only = Presentation.of(c, new ViewOptions(true, true));
        assertEquals(List.of(
                "# Operative part",
                "# I. Weather stations on the imaginary islands", "OP I.1",
                "# II. Lighthouses and beacons of the imaginary coast",
                "# III. Harbours and their quays", "OP I.3 \u2192 OP III.1", "OP II.2 \u2192 OP III.3",
                "# Annex I Rules for the imaginary harbour festival", "Annex I \u00B6 3"), outline(only));
    }

    @Test
    void textsWithoutSectionsKeepTheirTwoParts() {
        Presentation plain = Presentation.of(MadeUpPair.comparison(), ViewOptions.ALL);
        assertFalse(plain.structured());
        assertEquals(List.of("Preamble", "Operative part"),
                plain.groups().stream().map(g -> g.heading().title()).toList());
        assertEquals(plain.changes(), plain.changeList());
    }

    private static List<String> outline(Presentation p) {
        return p.rows().stream().map(StructurePresentationTest::name).toList();
    }

    private static String name(DisplayRow row) {
        return row instanceof GroupRow g ? "# " + g.title() : ((PresentedRow) row).label();
    }

    private static GroupRow heading(Presentation p, String title) {
        return p.rows().stream().filter(r -> r instanceof GroupRow g && g.title().equals(title))
                .map(r -> (GroupRow) r).findFirst().orElseThrow();
    }

    private static PresentedRow row(Presentation p, String label) {
        return p.clauseRows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private static String text(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }
}
