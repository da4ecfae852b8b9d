package org.clausewise.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The amendments of the 80th session in {@code ../shared/pdf/80-shapes} applied to their draft: L.19
 * deletes the thirty-eighth preambular paragraph of L.18 and nothing else, L.20 its operative paragraph
 * 9, both together in order; L.56 amends a draft that is not in the data. Counts and labels only: the
 * texts are not ours. Skipped when {@code ../shared/pdf} is not beside the project.
 */
class OfficialAmendmentsTest {
    private static final Path SHAPES = Path.of("..", "shared", "pdf", "80-shapes");
    private static Resolution draft;
    private static Resolution l19;
    private static Resolution l20;
    private static Resolution l56;

    @BeforeAll
    static void read() throws Exception {
        assumeTrue(Files.isDirectory(SHAPES), "../shared/pdf/80-shapes is not beside the project");
        draft = ResolutionFiles.read(SHAPES.resolve("A_80_L.18.pdf"));
        l19 = ResolutionFiles.read(SHAPES.resolve("A_80_L.19.pdf"));
        l20 = ResolutionFiles.read(SHAPES.resolve("A_80_L.20.pdf"));
        l56 = ResolutionFiles.read(SHAPES.resolve("A_C.3_80_L.56.pdf"));
    }

    private static Comparison against(AmendedDraft a) {
        return new ResolutionComparer().compare(a.draft(), a.amended());
    }

    private static List<ClauseRow> changes(Comparison c) {
        return c.allRows().stream().filter(ClauseRow::isChange).toList();
    }

    @Test
    void l19RemovesExactlyTheThirtyEighthPreambularParagraph() {
        AmendedDraft a = new DraftAmender().apply(draft, List.of(l19));
        assertEquals(1, a.outcomes().size());
        assertTrue(a.outcomes().get(0).applied(), a.outcomes().get(0).describe());
        assertEquals("PP 38", a.outcomes().get(0).target());
        assertEquals(draft.preamble().size() - 1, a.amended().preamble().size());
        assertEquals(draft.operative().size(), a.amended().operative().size());
        List<ClauseRow> changed = changes(against(a));
        assertEquals(1, changed.size(), changed.toString());
        assertEquals(ChangeKind.REMOVED, changed.get(0).kind());
        assertEquals(Part.PREAMBLE, changed.get(0).part());
        assertEquals(38, changed.get(0).leftNumber());
        // every other paragraph reads exactly as in the draft, in the same order
        for (int k = 0; k < a.amended().preamble().size(); k++) {
            int from = k < 37 ? k : k + 1;
            assertEquals(draft.preamble().get(from).text(), a.amended().preamble().get(k).text());
        }
    }

    @Test
    void l20RemovesExactlyOperativeParagraphNine() {
        AmendedDraft a = new DraftAmender().apply(draft, List.of(l20));
        assertTrue(a.outcomes().get(0).applied(), a.outcomes().get(0).describe());
        assertEquals("OP 9", a.outcomes().get(0).target());
        List<ClauseRow> changed = changes(against(a));
        assertEquals(1, changed.size(), changed.toString());
        assertEquals(ChangeKind.REMOVED, changed.get(0).kind());
        assertEquals(9, changed.get(0).leftNumber());
        assertEquals(draft.operative().size() - 1, a.amended().operative().size());
        assertEquals(9, a.amended().operative().get(8).number(), "OP 10 of the draft is OP 9 as amended");
        assertEquals(draft.operative().get(9).text(), a.amended().operative().get(8).text());
    }

    @Test
    void bothInOrderCountTheDraftsParagraphs() {
        AmendedDraft a = new DraftAmender().apply(draft, List.of(l19, l20));
        assertEquals(2, a.appliedCount(), a.outcomes().toString());
        assertEquals(List.of("PP 38", "OP 9"), a.outcomes().stream().map(InstructionOutcome::target).toList());
        List<ClauseRow> changed = changes(against(a));
        assertEquals(2, changed.size(), changed.toString());
        assertTrue(changed.stream().allMatch(r -> r.kind() == ChangeKind.REMOVED));
        assertEquals(List.of(38, 9), changed.stream().map(ClauseRow::leftNumber).toList());
        assertEquals("A/80/L.18 as amended", a.amended().displayName());
    }

    @Test
    void theSameAmendmentTwiceFindsItsParagraphGone() {
        AmendedDraft a = new DraftAmender().apply(draft, List.of(l20, l20));
        assertTrue(a.outcomes().get(0).applied());
        assertFalse(a.outcomes().get(1).applied());
        assertTrue(a.outcomes().get(1).detail().contains("already deleted by A/80/L.20 (1)"), a.outcomes().get(1).detail());
    }

    @Test
    void l56NamesADraftThatIsNotInTheData() {
        assertEquals("A/C.3/80/L.2", l56.amendment().draftSymbol());
        List<Resolution> texts = List.of(draft, l19, l20);
        DraftLookup.Found<Resolution> found = DraftLookup.find(l56.amendment().draftSymbol(), texts, Resolution::symbol);
        assertTrue(found.used().isEmpty());
        assertEquals("draft A/C.3/80/L.2 not found", found.describe());
    }
}
