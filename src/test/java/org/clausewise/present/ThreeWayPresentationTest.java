package org.clausewise.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.clausewise.compare.MadeUpTriple;
import org.clausewise.compare.Story;
import org.clausewise.compare.ThreeWayComparer;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;
import org.junit.jupiter.api.Test;

/** What the negotiation view shows of the corpus triple and of the made-up one. */
class ThreeWayPresentationTest {
    private static final ThreeWayComparison CORPUS = new ThreeWayComparer().compare(read("A-RES-65-218.txt"),
            read("A-67-draft-Third-Committee.txt"), read("A-RES-67-169.txt"));

    @Test
    void theChangeListIsEveryStoryButCarriedOver() {
        ThreeWayPresentation p = ThreeWayPresentation.of(CORPUS, ViewOptions.ALL);
        assertEquals(List.of(
                "PP 2 \u2014 changed from last year",
                "PP 3 \u2014 changed in negotiation, also changed from last year",
                "OP 8 \u2014 changed from last year",
                "OP 10 \u2014 new this session",
                "OP 12 \u2014 changed in negotiation, new this session, verb changed",
                "OP 14 \u2014 changed from last year"),
                p.changes().stream().map(ThreeWayPresentedRow::summaryLine).collect(Collectors.toList()));
        assertEquals("PP 2", p.nextChange(-1).orElseThrow().label());
        assertEquals("OP 14", p.previousChange(-1).orElseThrow().label());
        assertEquals("OP 12", p.nextChange(p.clauseRows().indexOf(p.changes().get(3))).orElseThrow().label());
    }

    @Test
    void eachColumnMarksWhatItsNeighboursLack() {
        ThreeWayPresentedRow pp3 = ThreeWayPresentation.of(CORPUS, ViewOptions.ALL).clauseRows().get(2);
        assertEquals(List.of("and"), marked(pp3.previous(), Run.Mark.DELETED));
        assertEquals(List.of("at", "at"), marked(pp3.draft(), Run.Mark.DELETED));
        assertTrue(marked(pp3.draft(), Run.Mark.INSERTED).get(0).startsWith("the political declaration"));
        assertEquals(List.of("in", "in"), marked(pp3.adopted(), Run.Mark.INSERTED));
        assertEquals(List.of(), marked(pp3.adopted(), Run.Mark.DELETED));
    }

    /** New in the draft, so underlined whole there, but its verb is struck: negotiation changed it. */
    @Test
    void aClauseNewInTheDraftAndChangedInNegotiation() {
        ThreeWayPresentation p = ThreeWayPresentation.of(CORPUS, ViewOptions.ALL);
        ThreeWayPresentedRow op12 = p.changes().get(4);
        assertNull(op12.previous());
        assertEquals(List.of("Welcomes"), marked(op12.draft(), Run.Mark.DELETED));
        assertTrue(marked(op12.draft(), Run.Mark.INSERTED).get(0).startsWith("the initiative"));
        assertEquals(List.of("Recalls", ", as decided in Council resolution 19/33"),
                marked(op12.adopted(), Run.Mark.INSERTED));
        assertEquals("Welcomes \u2192 Recalls", op12.notes().get(1).detail());
        assertEquals(List.of("last year \u2192 draft", "draft \u2192 adopted"),
                op12.steps().stream().map(s -> s.kind().title()).collect(Collectors.toList()));
    }

    @Test
    void editorialSlipsAreMarkedOnlyWhileShown() {
        ThreeWayPresentedRow shown = ThreeWayPresentation.of(CORPUS, ViewOptions.ALL).clauseRows().get(7);
        assertEquals("carried over unchanged, editorial", shown.description());
        assertTrue(shown.adopted().stream().anyMatch(r -> r.isChange() && r.editorial()));
        ThreeWayPresentedRow hidden = ThreeWayPresentation.of(CORPUS, new ViewOptions(false, false))
                .clauseRows().get(7);
        assertEquals("carried over unchanged", hidden.description());
        assertTrue(hidden.adopted().stream().noneMatch(Run::isChange));
    }

    @Test
    void onlyChangesKeepsTheStoriesAndCountsTheWholeTexts() {
        ThreeWayPresentation p = ThreeWayPresentation.of(CORPUS, new ViewOptions(true, true));
        assertEquals(6, p.clauseRows().size());
        assertEquals(2, p.groups().get(0).heading().shown());
        assertEquals(9, p.groups().get(0).heading().total());
        assertEquals(17, p.counts().get(Story.CARRIED_OVER));
    }

    @Test
    void wholeClausesThatComeAndGo() {
        ThreeWayPresentation p = ThreeWayPresentation.of(MadeUpTriple.comparison(), ViewOptions.ALL);
        List<ThreeWayPresentedRow> op = p.groups().get(1).rows();
        ThreeWayPresentedRow restored = op.get(1);
        assertEquals("restored", restored.storyText());
        assertNull(restored.draft());
        assertTrue(restored.previous().stream().noneMatch(Run::isChange));
        assertTrue(restored.adopted().stream().noneMatch(Run::isChange));
        assertEquals(List.of("last year \u2192 adopted"),
                restored.steps().stream().map(s -> s.kind().title()).collect(Collectors.toList()));
        assertTrue(op.get(3).draft().stream().allMatch(r -> r.mark() == Run.Mark.DELETED
                || r.role() == Run.Role.FOOTNOTE_MARK));
        assertTrue(op.get(4).previous().stream().allMatch(r -> r.mark() == Run.Mark.DELETED));
        assertTrue(op.get(8).adopted().stream().allMatch(r -> r.mark() == Run.Mark.INSERTED));
        assertEquals("changed in negotiation, back to last year's wording", op.get(5).description());
    }

    @Test
    void aSubParagraphLeftOutOfTheDraftAndBackInTheAdoptedTextIsAGapInTheDraftOnly() {
        ThreeWayPresentedRow subs = ThreeWayPresentation.of(MadeUpTriple.comparison(), ViewOptions.ALL)
                .groups().get(1).rows().get(7);
        ThreeWaySubLine b = subs.subparagraphs().get(1);
        assertEquals("b", b.label(Column.PREVIOUS));
        assertNull(b.runs(Column.DRAFT));
        // the draft lacks it: last year's and the adopted text's (b) are each other's neighbours, and alike
        assertTrue(b.runs(Column.PREVIOUS).stream().noneMatch(Run::isChange));
        assertTrue(b.runs(Column.ADOPTED).stream().noneMatch(Run::isChange));
        assertEquals(4, subs.text(Column.ADOPTED).stream().filter(r -> r.role() == Run.Role.BREAK).count() + 1);
    }

    private static List<String> marked(List<Run> runs, Run.Mark mark) {
        return runs.stream().filter(r -> r.mark() == mark).map(r -> r.text().strip()).collect(Collectors.toList());
    }

    private static Resolution read(String file) {
        try {
            return ResolutionFiles.read(Path.of("corpus", file));
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }
}
