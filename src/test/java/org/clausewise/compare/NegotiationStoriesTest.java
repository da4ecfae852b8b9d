package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.clausewise.model.Clause;
import org.junit.jupiter.api.Test;

/**
 * The bundled series read as a negotiator reads it: A/RES/65/218 (last time the item came up), the
 * Third Committee draft of the 67th session and the adopted A/RES/67/169. Each clause's story, as a
 * careful reader tells it after reading the three texts side by side:
 * <ul>
 * <li>PP 2: the draft updated the resolutions it recalls (64/171 → 66/152, 13/23 → 19/33): changed
 *     from last year; adopted as drafted.</li>
 * <li>PP 3: the draft added the political declaration of the tenth anniversary meeting, and
 *     negotiation then changed "held at Durban / at Geneva" to "held in": changed in negotiation,
 *     also changed from last year.</li>
 * <li>PP 8 and OP 4: carried over; the adopted text only carries OCR slips ("elementsin", "al
 *     actors"), editorial, which never make a story.</li>
 * <li>OP 8: the draft added "of" ("upon the request of and in accordance with"): changed from last
 *     year.</li>
 * <li>Draft OP 10 (global crises): new this session, adopted as drafted.</li>
 * <li>Draft OP 11 and OP 13 are last year's OP 10 and OP 11, renumbered: carried over.</li>
 * <li>Draft OP 12 (the Council's seminar): new this session, and negotiation changed its verb,
 *     Welcomes → Recalls, and added "as decided in Council resolution 19/33": changed in
 *     negotiation, new this session.</li>
 * <li>OP 14 (last year's OP 12): sixty-sixth → sixty-eighth session: changed from last year.</li>
 * <li>Everything else: carried over unchanged. Nothing was dropped, restored or added in
 *     negotiation.</li>
 * </ul>
 */
class NegotiationStoriesTest {
    private static final ThreeWayComparison C = new ThreeWayComparer().compare(
            CorpusTexts.read("A-RES-65-218.txt"), CorpusTexts.read("A-67-draft-Third-Committee.txt"),
            CorpusTexts.read("A-RES-67-169.txt"));

    @Test
    void everyPreambularParagraphsStory() {
        assertEquals(List.of(
                "PP 1 | PP 1 | PP 1 | carried-over",
                "PP 2 | PP 2 | PP 2 | changed-from-last-year",
                "PP 3 | PP 3 | PP 3 | changed-in-negotiation",
                "PP 4 | PP 4 | PP 4 | carried-over",
                "PP 5 | PP 5 | PP 5 | carried-over",
                "PP 6 | PP 6 | PP 6 | carried-over",
                "PP 7 | PP 7 | PP 7 | carried-over",
                "PP 8 | PP 8 | PP 8 | carried-over",
                "PP 9 | PP 9 | PP 9 | carried-over"), lines(C.preamble()));
    }

    @Test
    void everyOperativeParagraphsStory() {
        assertEquals(List.of(
                "OP 1 | OP 1 | OP 1 | carried-over",
                "OP 2 | OP 2 | OP 2 | carried-over",
                "OP 3 | OP 3 | OP 3 | carried-over",
                "OP 4 | OP 4 | OP 4 | carried-over",
                "OP 5 | OP 5 | OP 5 | carried-over",
                "OP 6 | OP 6 | OP 6 | carried-over",
                "OP 7 | OP 7 | OP 7 | carried-over",
                "OP 8 | OP 8 | OP 8 | changed-from-last-year",
                "OP 9 | OP 9 | OP 9 | carried-over",
                "- | OP 10 | OP 10 | new-this-session",
                "OP 10 | OP 11 | OP 11 | carried-over",
                "- | OP 12 | OP 12 | changed-in-negotiation",
                "OP 11 | OP 13 | OP 13 | carried-over",
                "OP 12 | OP 14 | OP 14 | changed-from-last-year"), lines(C.operative()));
    }

    @Test
    void theEarlierStepIsKeptBesideTheStory() {
        ThreeWayRow pp3 = C.preamble().get(2);
        assertEquals(StepChange.CHANGED, pp3.lastYearChange());
        assertEquals(StepChange.CHANGED, pp3.negotiationChange());
        assertFalse(pp3.backToLastYear());
        ThreeWayRow op12 = C.operative().get(11);
        assertTrue(op12.newThisSession());
        assertTrue(op12.inNegotiation().verbChanged());
        assertEquals(1, C.verbChangesInNegotiation());
    }

    @Test
    void editorialSlipsOfTheAdoptedTextAreNoStory() {
        ThreeWayRow pp8 = C.preamble().get(7);
        ThreeWayRow op4 = C.operative().get(3);
        assertEquals(StepChange.EDITORIAL, pp8.negotiationChange());
        assertEquals(StepChange.EDITORIAL, op4.negotiationChange());
        assertEquals(StepChange.NONE, pp8.lastYearChange());
    }

    @Test
    void countsPerStory() {
        assertEquals(17, C.counts().get(Story.CARRIED_OVER));
        assertEquals(3, C.counts().get(Story.CHANGED_FROM_LAST_YEAR));
        assertEquals(2, C.counts().get(Story.CHANGED_IN_NEGOTIATION));
        assertEquals(1, C.counts().get(Story.NEW_THIS_SESSION));
        assertEquals(0, C.counts().get(Story.DROPPED_IN_NEGOTIATION));
        assertEquals(0, C.counts().get(Story.RESTORED));
        assertEquals(0, C.counts().get(Story.ADDED_IN_NEGOTIATION));
        assertEquals(0, C.counts().get(Story.NOT_CARRIED_OVER));
    }

    /** "previous | draft | adopted | story", a dash where a text lacks the clause. */
    static List<String> lines(List<ThreeWayRow> rows) {
        return rows.stream().map(r -> label(r.previous()) + " | " + label(r.draft()) + " | " + label(r.adopted())
                + " | " + r.story().jsonName()).collect(Collectors.toList());
    }

    private static String label(Clause c) {
        return c == null ? "-" : c.label();
    }
}
