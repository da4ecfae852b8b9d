package org.clausewise.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Comparison;
import org.junit.jupiter.api.Test;

/** What is shown of the made-up pair under each option: rows, badges, runs, change list and F7 stops. */
class PresentationTest {
    private final Comparison c = MadeUpPair.comparison();

    private static List<String> labels(List<PresentedRow> rows) {
        return rows.stream().map(PresentedRow::label).collect(Collectors.toList());
    }

    private static PresentedRow row(Presentation p, String label) {
        return p.clauseRows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void everyRowWithItsBadgesInReadingOrder() {
        Presentation p = Presentation.of(c, ViewOptions.ALL);
        assertEquals(List.of("PP 1", "PP 2", "OP 1", "OP 2", "OP 3", "OP 4", "OP 2 \u2192 OP 5"), labels(p.clauseRows()));
        assertEquals(List.of("PP 1 \u2014 editorial", "OP 1 \u2014 modified, verb changed", "OP 2 \u2014 added",
                        "OP 4 \u2014 reordered", "OP 2 \u2192 OP 5 \u2014 moved from OP 2"),
                p.changes().stream().map(PresentedRow::summaryLine).toList());
        assertEquals("Welcomes \u2192 Recalls", row(p, "OP 1").badges().get(1).detail());
        List<DisplayRow> rows = p.rows();
        assertEquals(new GroupRow(GroupRow.Kind.PART, 0, "Preamble", 2, 2), rows.get(0));
        assertEquals(new GroupRow(GroupRow.Kind.PART, 0, "Operative part", 5, 5), rows.get(3));
    }

    @Test
    void onlyChangesDropsUnchangedRowsAndHeadingsWithNothingUnder() {
        Presentation p = Presentation.of(c, new ViewOptions(true, false));
        assertEquals(List.of("OP 1", "OP 2", "OP 4", "OP 2 \u2192 OP 5"), labels(p.clauseRows()));
        assertEquals(p.clauseRows(), p.changes());
        assertEquals(new GroupRow(GroupRow.Kind.PART, 0, "Operative part", 4, 5), p.rows().get(0),
                "the preamble has no change left once its editorial one is hidden: no heading");
        assertEquals(2, p.groups().size(), "the groups are all still there, for drawers that list them");
        assertTrue(p.groups().get(0).rows().isEmpty());
    }

    /** Regression: unticking and re-ticking editorial changes took rows out of the list for good. */
    @Test
    void theEditorialToggleTakesEditorialRowsOutOfTheListAndBringsThemBack() {
        assertEquals(5, Presentation.of(c, ViewOptions.ALL).changes().size());
        Presentation hidden = Presentation.of(c, new ViewOptions(false, false));
        assertEquals(4, hidden.changes().size());
        assertEquals(ChangeKind.UNCHANGED, row(hidden, "PP 1").kind(), "shown as unchanged, not as a change");
        assertTrue(row(hidden, "PP 1").badges().isEmpty());
        assertTrue(row(hidden, "PP 1").text(Side.LEFT).stream().noneMatch(Run::isChange), "drawn plain");
        assertEquals(5, Presentation.of(c, ViewOptions.ALL).changes().size());
    }

    /** Regression: Shift+F7 landed on an editorial PP 1 that the change list left out. */
    @Test
    void f7AndShiftF7StopExactlyAtTheChangeList() {
        for (boolean only : new boolean[] {false, true}) {
            for (boolean editorial : new boolean[] {false, true}) {
                Presentation p = Presentation.of(c, new ViewOptions(only, editorial));
                List<PresentedRow> forward = new ArrayList<>();
                int at = -1;
                for (Optional<PresentedRow> next = p.nextChange(at); next.isPresent(); next = p.nextChange(at)) {
                    forward.add(next.get());
                    at = p.clauseRows().indexOf(next.get());
                }
                assertEquals(p.changes(), forward, "F7 with " + p.options());
                List<PresentedRow> back = new ArrayList<>();
                at = -1;
                for (Optional<PresentedRow> prev = p.previousChange(at); prev.isPresent(); prev = p.previousChange(at)) {
                    back.add(0, prev.get());
                    at = p.clauseRows().indexOf(prev.get());
                }
                assertEquals(p.changes(), back, "Shift+F7 with " + p.options());
                for (PresentedRow change : p.changes()) {
                    assertEquals(p.changes().indexOf(change) + 1, p.changeNumber(change));
                }
            }
        }
    }

    /** Regression: a clause whose sub-paragraphs were only reordered was left out of the PDF. */
    @Test
    void reorderedSubparagraphsAreAChangeUnderEveryOption() {
        for (boolean only : new boolean[] {false, true}) {
            for (boolean editorial : new boolean[] {false, true}) {
                Presentation p = Presentation.of(c, new ViewOptions(only, editorial));
                PresentedRow op4 = row(p, "OP 4");
                assertTrue(op4.isChange());
                assertTrue(op4.hasBadge(Badge.Kind.SUBPARAGRAPHS_MOVED));
                assertTrue(p.changes().contains(op4));
            }
        }
        PresentedRow op4 = row(Presentation.of(c, ViewOptions.ALL), "OP 4");
        long movedSigns = op4.text(Side.RIGHT).stream().filter(r -> r.role() == Run.Role.MOVED_MARK).count();
        assertTrue(movedSigns >= 1, "a moved sub-paragraph carries the moved sign");
        assertEquals(Run.MOVED_SIGN + " ", op4.subparagraphs().stream().filter(SubparagraphLine::moved)
                .findFirst().orElseThrow().right().get(0).text());
    }

    @Test
    void sidesAreRunsWithTheVerbFootnoteMarksAndSubparagraphs() {
        Presentation p = Presentation.of(c, ViewOptions.ALL);
        PresentedRow pp1 = row(p, "PP 1");
        List<Run> left = pp1.text(Side.LEFT);
        assertEquals(new Run("Recalling", Run.Mark.NONE, false, Run.Role.VERB), left.get(0));
        assertTrue(left.contains(new Run("\u00B9", Run.Mark.NONE, false, Run.Role.FOOTNOTE_MARK)), left::toString);
        assertTrue(left.stream().anyMatch(r -> r.mark() == Run.Mark.DELETED && r.editorial()), "the old hyphenless words");
        PresentedRow added = row(p, "OP 2");
        assertNull(added.left());
        assertTrue(added.right().stream().allMatch(r -> r.mark() == Run.Mark.INSERTED));
        String op4 = text(row(p, "OP 4").text(Side.RIGHT));
        assertTrue(op4.startsWith(MadeUpPair.OP4 + "\n(a) " + Run.MOVED_SIGN + " "), op4);
    }

    @Test
    void theOneColumnRedlineLeavesHiddenEditorialChangesAsTheirResult() {
        PresentedRow shown = row(Presentation.of(c, ViewOptions.ALL), "PP 1");
        assertTrue(shown.redline().stream().anyMatch(r -> r.mark() == Run.Mark.DELETED && r.editorial()));
        PresentedRow hidden = row(Presentation.of(c, new ViewOptions(false, false)), "PP 1");
        assertEquals(MadeUpPair.PP1_RIGHT, text(hidden.redline()));
        assertTrue(hidden.redline().stream().noneMatch(Run::isChange));
        PresentedRow op1 = row(Presentation.of(c, ViewOptions.ALL), "OP 1");
        assertEquals(new Run("Welcomes", Run.Mark.DELETED, false, Run.Role.TEXT), op1.redline().get(0));
    }

    @Test
    void footnoteMarksAreSuperscriptDigitsOrKeptAsTheyAre() {
        assertEquals("\u00B9\u2070", FootnoteMarks.superscript("10"));
        assertEquals("\u2074", FootnoteMarks.superscript("4"));
        assertEquals("*", FootnoteMarks.superscript("*"));
        assertTrue(FootnoteMarks.isSuperscriptDigit('\u00B2'));
        assertFalse(FootnoteMarks.isSuperscriptDigit('*'));
    }

    static String text(List<Run> runs) {
        return runs.stream().map(Run::text).collect(Collectors.joining());
    }
}
