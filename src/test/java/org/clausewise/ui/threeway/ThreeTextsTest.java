package org.clausewise.ui.threeway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.clausewise.compare.MadeUpTriple;
import org.clausewise.model.Resolution;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.SeriesTimeline;
import org.junit.jupiter.api.Test;

/**
 * When a draft in the timeline offers the negotiation view: only when its series has an adopted text
 * of an earlier session and one of the draft's own session; last session's resolution is the newest
 * earlier one, never a later one.
 */
class ThreeTextsTest {
    private final LibraryEntry previous = entry(MadeUpTriple.previous());
    private final LibraryEntry draft = entry(MadeUpTriple.draft());
    private final LibraryEntry adopted = entry(MadeUpTriple.adopted());
    private final LibraryEntry older = entry(withSession(MadeUpTriple.previous(), "A/RES/0/5", 0));
    private final LibraryEntry later = entry(withSession(MadeUpTriple.adopted(), "A/RES/3/30", 3));

    @Test
    void aDraftWithBothTextsInItsSeries() {
        ThreeTexts texts = ThreeTexts.forDraft(library(List.of(older, previous, adopted, later)), draft).orElseThrow();
        assertEquals(previous, texts.previous(), "the newest earlier session, not an older one");
        assertEquals(draft, texts.draft());
        assertEquals(adopted, texts.adopted(), "the draft's own session, not a later one");
    }

    @Test
    void nothingToOfferWithoutLastSessionsResolutionOrTheAdoptedText() {
        assertTrue(ThreeTexts.forDraft(library(List.of(adopted, later)), draft).isEmpty(), "no earlier session");
        assertTrue(ThreeTexts.forDraft(library(List.of(older, previous, later)), draft).isEmpty(),
                "not adopted yet in the library");
        Library elsewhere = new Library(List.of(new SeriesTimeline("Made-up cooperation",
                List.of(previous, adopted), List.of())), List.of());
        assertTrue(ThreeTexts.forDraft(elsewhere, draft).isEmpty(), "a draft of no series of the library");
    }

    @Test
    void theDialogGuessesFromAPickedDraft() {
        Library library = library(List.of(previous, adopted));
        assertEquals(draft, ThreeTexts.guess(library, List.of(adopted, draft)).orElseThrow().draft());
        assertTrue(ThreeTexts.guess(library, List.of(previous, adopted)).isEmpty(), "no draft picked");
        assertEquals("Pick three different texts.", ThreeTexts.problem(previous, draft, previous).orElseThrow());
    }

    private Library library(List<LibraryEntry> adoptedTexts) {
        return new Library(List.of(new SeriesTimeline("Made-up cooperation", adoptedTexts, List.of(draft))), List.of());
    }

    private static LibraryEntry entry(Resolution r) {
        return new LibraryEntry(Path.of(r.source()), r);
    }

    private static Resolution withSession(Resolution r, String symbol, int session) {
        return new Resolution(symbol, session, r.kind(), r.title(), r.date().withYear(1945 + session),
                r.preamble(), r.operative(), r.footnotes(), r.warnings(), symbol.replace('/', '-') + ".txt");
    }
}
