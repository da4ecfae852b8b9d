package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausewise.model.ChangeKind;
import org.junit.jupiter.api.Test;

/** Every story on made-up texts: which text has the clause, and what each step did to it. */
class StoryKindsTest {
    private final ThreeWayComparison c = MadeUpTriple.comparison();

    @Test
    void preamble() {
        assertEquals(List.of(
                "PP 1 | PP 1 | PP 1 | carried-over",
                "PP 2 | PP 2 | PP 2 | changed-from-last-year",
                "PP 3 | PP 3 | - | dropped-in-negotiation"), NegotiationStoriesTest.lines(c.preamble()));
    }

    /**
     * In the adopted text's order; the clause the draft left out and negotiation did not bring back
     * (last year's OP 4) stands where it stood, before the next clause the draft kept.
     */
    @Test
    void operativePart() {
        assertEquals(List.of(
                "OP 1 | OP 1 | OP 1 | carried-over",
                "OP 2 | - | OP 2 | restored",
                "- | OP 2 | OP 3 | new-this-session",
                "OP 3 | OP 3 | - | dropped-in-negotiation",
                "OP 4 | - | - | not-carried-over",
                "OP 5 | OP 4 | OP 4 | changed-in-negotiation",
                "OP 6 | OP 5 | OP 5 | changed-in-negotiation",
                "OP 7 | OP 6 | OP 6 | changed-in-negotiation",
                "- | - | OP 7 | added-in-negotiation"), NegotiationStoriesTest.lines(c.operative()));
    }

    @Test
    void negotiationPutLastYearsWordingBack() {
        ThreeWayRow back = c.operative().get(5);
        assertEquals(StepChange.CHANGED, back.lastYearChange());
        assertTrue(back.backToLastYear());
        assertEquals(ChangeKind.UNCHANGED, back.previousToAdopted().kind());
        assertFalse(c.operative().get(6).backToLastYear());
    }

    @Test
    void aRestoredClauseCarriesItsLastYearToAdoptedRow() {
        ThreeWayRow restored = c.operative().get(1);
        assertNull(restored.fromLastYear());
        assertNull(restored.inNegotiation());
        assertSame(restored.previous(), restored.previousToAdopted().left());
        assertSame(restored.adopted(), restored.previousToAdopted().right());
    }

    @Test
    void stepsOfClausesThatComeAndGo() {
        ThreeWayRow added = c.operative().get(8);
        assertEquals(ChangeKind.ADDED, added.inNegotiation().kind());
        ThreeWayRow gone = c.operative().get(4);
        assertEquals(ChangeKind.REMOVED, gone.fromLastYear().kind());
        ThreeWayRow fresh = c.operative().get(2);
        assertTrue(fresh.newThisSession());
        assertEquals(ChangeKind.ADDED, fresh.fromLastYear().kind());
        assertEquals(ChangeKind.UNCHANGED, fresh.inNegotiation().kind());
    }

    /** (b) was left out of the draft and is back in the adopted text: it keeps last year's row to it. */
    @Test
    void subParagraphsAcrossTheThree() {
        ThreeWayRow subs = c.operative().get(7);
        assertEquals(3, subs.subparagraphs().size());
        ThreeWaySubRow b = subs.subparagraphs().get(1);
        assertEquals("b", b.previous().label());
        assertNull(b.draft());
        assertEquals("b", b.adopted().label());
        assertEquals(ChangeKind.UNCHANGED, b.previousToAdopted().kind());
        ThreeWaySubRow cc = subs.subparagraphs().get(2);
        assertEquals("c", cc.previous().label());
        assertEquals("b", cc.draft().label());
        assertEquals("c", cc.adopted().label());
        // the clause changed in the draft (a sub-paragraph gone) and back in negotiation
        assertEquals(StepChange.CHANGED, subs.lastYearChange());
        assertTrue(subs.backToLastYear());
    }

    @Test
    void countsAddUpToTheRows() {
        int total = c.counts().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(c.allRows().size(), total);
        assertEquals(1, c.counts().get(Story.RESTORED));
        assertEquals(2, c.counts().get(Story.DROPPED_IN_NEGOTIATION));
    }
}
