package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.EditOp;
import org.clausewise.model.Relation;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.SubParagraph;
import org.clausewise.model.SubparagraphRow;
import org.clausewise.model.TextDiff;
import org.junit.jupiter.api.Test;

/**
 * Moves, splits, merges and sub-paragraphs. These are MADE-UP rearrangements of real clauses
 * (operative paragraphs of A/RES/67/169 from seeds.json), since the corpus has none of them.
 */
class ClauseAlignmentTest {
    private final ResolutionComparer comparer = new ResolutionComparer();
    private final List<String> op = SeedTexts.seed("000_deb12b2bf5bc89c9.txt").operative().stream()
            .map(Clause::text).collect(Collectors.toList());

    @Test
    void movedClauseIsFoundOutOfOrderAndOthersKeepTheirPlace() {
        // made up: OP 3 of 67/169 moved to the end
        List<String> right = new ArrayList<>(op);
        right.add(right.remove(2));
        Comparison c = compare(op, right);
        ClauseRow moved = row(c, 3);
        assertEquals(ChangeKind.MOVED, moved.kind());
        assertEquals(op.size(), moved.rightNumber());
        assertNull(moved.changeClass(), "moved without rewording");
        assertEquals(op.size() - 1, c.summary().unchanged(), "renumbered clauses are unchanged");
        assertEquals(1, c.summary().moved());
        assertEquals(0, c.summary().added() + c.summary().removed() + c.summary().modified());
        assertEquals(4, row(c, 5).rightNumber());
    }

    @Test
    void movedClauseCarriesItsRewording() {
        // made up: OP 2 of 67/169 moved after OP 9, and "collective responsibility" made "shared responsibility"
        List<String> right = new ArrayList<>(op);
        String reworded = right.remove(1).replace("a collective responsibility", "a shared responsibility");
        right.add(8, reworded);
        Comparison c = compare(op, right);
        ClauseRow moved = row(c, 2);
        assertEquals(ChangeKind.MOVED, moved.kind());
        assertEquals(9, moved.rightNumber());
        assertEquals(ChangeClass.SUBSTANTIVE, moved.changeClass());
        assertEquals("collective", text(moved.left().text(), moved.diff().leftSpans().get(0)));
        assertEquals("shared", text(moved.right().text(), moved.diff().rightSpans().get(0)));
        assertEquals(1, c.summary().moved());
        assertEquals(0, c.summary().modified());
    }

    @Test
    void insertedClauseOnlyRenumbersTheRest() {
        // made up: a new OP 2; OP 2..14 become OP 3..15 and stay unchanged
        List<String> right = new ArrayList<>(op);
        right.add(1, "Calls upon all States to submit their views on the matter to the Secretary-General;");
        Comparison c = compare(op, right);
        assertEquals(ChangeKind.ADDED, c.operative().get(1).kind());
        assertEquals(2, c.operative().get(1).rightNumber());
        for (int n = 2; n <= op.size(); n++) {
            assertEquals(n + 1, row(c, n).rightNumber());
            assertEquals(ChangeKind.UNCHANGED, row(c, n).kind());
        }
        Comparison back = compare(right, op);
        assertEquals(1, back.summary().removed());
        assertEquals(ChangeKind.REMOVED, back.operative().get(1).kind());
        assertEquals(2, back.operative().get(1).leftNumber());
    }

    @Test
    void clauseSplitInTwoIsOneLeftClauseOnTwoRows() {
        // made up: a clause in the style of the series split in two at ", and to"
        String whole = "Urges all actors on the international scene to build an international order based on inclusion, "
                + "justice, equality and equity, human dignity, mutual understanding and promotion of and respect for "
                + "cultural diversity and universal human rights, and to reject all doctrines of exclusion based on "
                + "racism, racial discrimination, xenophobia and related intolerance;";
        String first = "Urges all actors on the international scene to build an international order based on inclusion, "
                + "justice, equality and equity, human dignity, mutual understanding and promotion of and respect for "
                + "cultural diversity and universal human rights;";
        String second = "Also urges all actors on the international scene to reject all doctrines of exclusion based on "
                + "racism, racial discrimination, xenophobia and related intolerance;";
        List<String> left = new ArrayList<>(op.subList(0, 3));
        left.add(whole);
        left.addAll(op.subList(3, 6));
        List<String> right = new ArrayList<>(op.subList(0, 3));
        right.add(first);
        right.add(second);
        right.addAll(op.subList(3, 6));
        Comparison c = compare(left, right);
        List<ClauseRow> split = c.operative().stream().filter(r -> r.relation() == Relation.SPLIT).collect(Collectors.toList());
        assertEquals(2, split.size());
        assertEquals(List.of(4, 4), List.of(split.get(0).leftNumber(), split.get(1).leftNumber()));
        assertEquals(List.of(4, 5), List.of(split.get(0).rightNumber(), split.get(1).rightNumber()));
        assertEquals(0, c.summary().added() + c.summary().removed());
        assertEquals(8, row(c, 7).rightNumber(), "OP 7 renumbered to 8");
        assertEquals(ChangeKind.UNCHANGED, row(c, 7).kind());
        // the left text is cut between the two rows: the second row's spans lie in the second half
        int cut = whole.indexOf(", and to reject");
        assertTrue(split.get(1).diff().leftSpans().stream().allMatch(s -> s.start() >= cut && s.end() <= whole.length()));
        assertTrue(split.get(0).diff().leftSpans().stream().allMatch(s -> s.end() <= cut + 6));
        assertTrue(split.get(1).diff().rightSpans().stream().allMatch(s -> s.end() <= second.length()));
        assertEquals("Also urges all actors on the international scene", second.substring(split.get(1).diff().rightSpans().get(0).start(), split.get(1).diff().rightSpans().get(0).end()));
    }

    @Test
    void twoClausesMergedIntoOneAreTwoLeftClausesOnOneRightClause() {
        // made up: the mirror of the split above: two clauses of the left joined in the right
        String first = "Urges all actors on the international scene to build an international order based on inclusion, "
                + "justice, equality and equity, human dignity, mutual understanding and promotion of and respect for "
                + "cultural diversity and universal human rights;";
        String second = "Also urges all actors on the international scene to reject all doctrines of exclusion based on "
                + "racism, racial discrimination, xenophobia and related intolerance;";
        String merged = first.substring(0, first.length() - 1) + ", and to reject all doctrines of exclusion based on "
                + "racism, racial discrimination, xenophobia and related intolerance;";
        List<String> left = new ArrayList<>(op.subList(0, 2));
        left.add(first);
        left.add(second);
        left.addAll(op.subList(2, 5));
        List<String> right = new ArrayList<>(op.subList(0, 2));
        right.add(merged);
        right.addAll(op.subList(2, 5));
        Comparison c = compare(left, right);
        List<ClauseRow> rows = c.operative().stream().filter(r -> r.relation() == Relation.MERGED).collect(Collectors.toList());
        assertEquals(2, rows.size());
        assertEquals(List.of(3, 4), List.of(rows.get(0).leftNumber(), rows.get(1).leftNumber()));
        assertEquals(List.of(3, 3), List.of(rows.get(0).rightNumber(), rows.get(1).rightNumber()));
        assertEquals(0, c.summary().added() + c.summary().removed());
        int cut = merged.indexOf(", and to reject");
        assertTrue(rows.get(1).diff().rightSpans().stream().allMatch(s -> s.start() >= cut && s.end() <= merged.length()));
    }

    @Test
    void subparagraphsAreAlignedInsideTheirClause() {
        // made up: a clause with lettered sub-paragraphs; (b) reworded, (c) removed, (d) added
        Clause left = Clause.operative(5, "Requests the High Commissioner:", List.of(
                sub("a", "To continue the dialogue with Member States on international cooperation;"),
                sub("b", "To report to the General Assembly at its seventieth session;"),
                sub("c", "To take into account the outcome of the workshop held in Geneva;")), List.of());
        Clause right = Clause.operative(6, "Requests the High Commissioner:", List.of(
                sub("a", "To continue the dialogue with Member States on international cooperation;"),
                sub("b", "To report to the General Assembly at its seventy-second session;"),
                sub("c", "To convene a panel on the realization of the right to development;")), List.of());
        Comparison c = comparer.compare(resolution(List.of(left)), resolution(List.of(right)));
        ClauseRow row = c.operative().get(0);
        assertEquals(ChangeKind.MODIFIED, row.kind());
        assertFalse(row.diff().changed(), "the lead-in is the same");
        assertEquals(ChangeClass.SUBSTANTIVE, row.changeClass());
        List<SubparagraphRow> subs = row.subparagraphs();
        assertEquals(List.of(ChangeKind.UNCHANGED, ChangeKind.MODIFIED, ChangeKind.REMOVED, ChangeKind.ADDED),
                subs.stream().map(SubparagraphRow::kind).collect(Collectors.toList()));
        TextDiff b = subs.get(1).diff();
        assertEquals("seventieth", text(subs.get(1).left().text(), b.leftSpans().get(0)));
        assertEquals("seventy-second", text(subs.get(1).right().text(), b.rightSpans().get(0)));
        assertEquals("c", subs.get(2).left().label());
        assertEquals(EditOp.INSERT, subs.get(3).diff().rightSpans().get(0).op());
    }

    @Test
    void verbChangeIsFlaggedButCaseIsNot() {
        Clause a = Clause.operative(1, "Encourages States to cooperate;", List.of(), List.of());
        Clause b = Clause.operative(1, "Urges States to cooperate;", List.of(), List.of());
        Clause c = Clause.operative(1, "ENCOURAGES States to cooperate;", List.of(), List.of());
        assertTrue(ClauseDiffer.verbChanged(a, b));
        assertFalse(ClauseDiffer.verbChanged(a, c));
        // OP 8 of A/RES/67/169 became OP 9 of A/RES/69/179 as "Also emphasizes the role of ...": same verb
        Clause emphasizes = Clause.operative(8, "Emphasizes the role of international cooperation", List.of(), List.of());
        Clause alsoEmphasizes = Clause.operative(9, "Also emphasizes the role of international cooperation", List.of(), List.of());
        assertFalse(ClauseDiffer.verbChanged(emphasizes, alsoEmphasizes));
        assertEquals("emphasizes", OperativeVerb.of(alsoEmphasizes.text()));
        assertTrue(ClauseDiffer.verbChanged(alsoEmphasizes,
                Clause.operative(9, "Also welcomes the role of international cooperation", List.of(), List.of())));
    }

    @Test
    void emptyPartAgainstFullPartIsAllAddedOrRemoved() {
        Comparison c = compare(List.of(), op);
        assertEquals(op.size(), c.summary().added());
        assertTrue(c.operative().stream().allMatch(r -> r.left() == null && r.diff().rightSpans().get(0).end() == r.right().text().length()));
        assertEquals(op.size(), compare(op, List.of()).summary().removed());
        assertEquals(0, compare(List.of(), List.of()).allRows().size());
    }

    @Test
    void emptyAndPunctuationOnlyTextsDoNotBreakTheEngine() {
        // made up: a lead-in lost by a bad parse, a clause that is only a dash
        Comparison c = compare(List.of("", "\u2014", op.get(0)), List.of(op.get(0), "", "-"));
        assertEquals(3, c.operative().stream().filter(r -> r.left() != null).count());
        assertEquals(ChangeKind.UNCHANGED, row(c, 3).kind());
    }

    private static SubParagraph sub(String label, String text) {
        return new SubParagraph(label, text, List.of());
    }

    private static String text(String s, org.clausewise.model.Span span) {
        return s.substring(span.start(), span.end());
    }

    private Comparison compare(List<String> left, List<String> right) {
        return comparer.compare(resolution(clauses(left)), resolution(clauses(right)));
    }

    private static List<Clause> clauses(List<String> texts) {
        List<Clause> out = new ArrayList<>();
        for (String t : texts) {
            out.add(Clause.operative(out.size() + 1, t, List.of(), List.of()));
        }
        return out;
    }

    private static Resolution resolution(List<Clause> operative) {
        return new Resolution(null, 67, ResolutionKind.DRAFT, "made up", null, List.of(), operative, List.of(), List.of(), "made-up");
    }

    /** The row of left clause {@code n}. */
    private static ClauseRow row(Comparison c, int n) {
        return c.operative().stream().filter(r -> r.left() != null && r.leftNumber() == n).findFirst().orElseThrow();
    }
}
