package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.clausewise.model.AmendmentInstruction;
import org.clausewise.model.AmendmentInstruction.Action;
import org.clausewise.model.AmendmentInstruction.Position;
import org.clausewise.model.Clause;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.junit.jupiter.api.Test;

/**
 * Kinds of document on made-up texts: amendments and their instructions, draft decisions and
 * decisions, revised and corrected symbols, and documents that are none of these.
 */
class DocumentKindsTest {
    private static Resolution parse(String text) throws NotAResolutionException {
        return new ResolutionParser().parse(text, "made-up.txt");
    }

    private static String amendment(String symbol, String instructions) {
        return "United Nations\n" + symbol + "\nGeneral Assembly\nDistr.: Limited\n3 November 2099\nOriginal: English\n\n"
                + "Ninety-ninth session\nThird Committee\nAgenda item 12 (a)\nMade-up agenda item\n"
                + "Freedonia and Sylvania:* amendment to draft resolution A/C.3/99/L.7\n\n"
                + "Made-up cooperation in the field of\nmade-up rights\n\n" + instructions
                + "\n__________________\n* On behalf of made-up States.\n";
    }

    private static AmendmentInstruction only(Resolution r) {
        assertEquals(1, r.amendment().instructions().size(), r.amendment().toString());
        return r.amendment().instructions().get(0);
    }

    @Test
    void deleteAPreambularParagraphNamedByOrdinalWithItsText() throws NotAResolutionException {
        Resolution r = parse(amendment("A/C.3/99/L.8", "Delete the thirty-eighth preambular paragraph reading:\n"
                + "Recalling the made-up statute and the made-up role of the made-up court,\n"));
        assertEquals(ResolutionKind.AMENDMENT, r.kind());
        assertEquals("amendment", r.kind().jsonName());
        assertEquals("A/C.3/99/L.8", r.symbol());
        assertEquals(99, r.session());
        assertEquals(LocalDate.of(2099, 11, 3), r.date());
        assertEquals("Made-up cooperation in the field of made-up rights", r.title());
        assertEquals("A/C.3/99/L.7", r.amendment().draftSymbol());
        assertEquals(List.of("Freedonia", "Sylvania"), r.info().sponsors());
        assertEquals("Third Committee", r.info().committee());
        AmendmentInstruction i = only(r);
        assertEquals(Action.DELETE, i.action());
        assertEquals(Part.PREAMBLE, i.part());
        assertEquals(38, i.paragraph());
        assertEquals("thirty-eighth", i.ordinal());
        assertEquals("Recalling the made-up statute and the made-up role of the made-up court,", i.words());
        assertNull(i.newText());
        assertEquals(1, r.operative().size(), "one clause per instruction");
        assertTrue(r.operative().get(0).text().startsWith("Delete the thirty-eighth preambular paragraph reading: Recalling"));
    }

    @Test
    void deleteAnOperativeParagraphByNumber() throws NotAResolutionException {
        AmendmentInstruction i = only(parse(amendment("A/C.3/99/L.9", "Delete operative paragraph 9.\n")));
        assertEquals(Action.DELETE, i.action());
        assertEquals(Part.OPERATIVE, i.part());
        assertEquals(9, i.paragraph());
        assertNull(i.words());
        assertEquals("Delete operative paragraph 9.", i.printed());
    }

    @Test
    void insertANewOperativeParagraphAfterAnother() throws NotAResolutionException {
        AmendmentInstruction i = only(parse(amendment("A/C.3/99/L.10",
                "After operative paragraph 3, insert a new operative paragraph, reading:\n"
                        + "Notes with concern the made-up situation and calls for made-up action;\n")));
        assertEquals(Action.INSERT, i.action());
        assertEquals(Position.AFTER, i.position());
        assertEquals(Part.OPERATIVE, i.part());
        assertEquals(3, i.paragraph());
        assertEquals("Notes with concern the made-up situation and calls for made-up action;", i.newText());
    }

    @Test
    void replaceWordsInAnOperativeParagraph() throws NotAResolutionException {
        AmendmentInstruction i = only(parse(amendment("A/C.3/99/L.11",
                "In operative paragraph 5, replace the words \u201Cmade-up concern\u201D with \u201Cmade-up alarm\u201D.\n")));
        assertEquals(Action.REPLACE, i.action());
        assertEquals(5, i.paragraph());
        assertEquals("made-up concern", i.words());
        assertEquals("made-up alarm", i.newText());
    }

    @Test
    void deleteWordsInAPreambularParagraph() throws NotAResolutionException {
        AmendmentInstruction i = only(parse(amendment("A/C.3/99/L.12",
                "In the fourth preambular paragraph, delete the words \"and made-up others\".\n")));
        assertEquals(Action.DELETE, i.action());
        assertEquals(Part.PREAMBLE, i.part());
        assertEquals(4, i.paragraph());
        assertEquals("fourth", i.ordinal());
        assertEquals("and made-up others", i.words());
    }

    @Test
    void replaceAWholeParagraphAndAddOneAfterAnother() throws NotAResolutionException {
        Resolution r = parse(amendment("A/C.3/99/L.13",
                "1. Replace operative paragraph 7 with the following:\n"
                        + "7. Requests the made-up office to report on the made-up matter;\n\n"
                        + "2. Add a new preambular paragraph after the second preambular paragraph, reading:\n"
                        + "Recognizing the made-up work of made-up bodies,\n\n"
                        + "3. In section IV, operative paragraph 2 (b), insert the words \u201Cand made-up\u201D after "
                        + "\u201Cregional\u201D.\n"));
        List<AmendmentInstruction> list = r.amendment().instructions();
        assertEquals(3, list.size(), list.toString());
        assertEquals(Action.REPLACE, list.get(0).action());
        assertEquals(7, list.get(0).paragraph());
        assertEquals("7. Requests the made-up office to report on the made-up matter;", list.get(0).newText());
        assertEquals(Action.ADD, list.get(1).action());
        assertEquals(Position.AFTER, list.get(1).position());
        assertEquals(Part.PREAMBLE, list.get(1).part());
        assertEquals(2, list.get(1).paragraph());
        assertEquals("Recognizing the made-up work of made-up bodies,", list.get(1).newText());
        AmendmentInstruction third = list.get(2);
        assertEquals(Action.INSERT, third.action());
        assertEquals("IV", third.section());
        assertEquals("b", third.subparagraph());
        assertEquals("and made-up", third.newText());
        assertEquals("regional", third.words());
        assertEquals(List.of(1, 2, 3), r.operative().stream().map(Clause::number).toList());
        assertEquals(List.of("OP 1", "OP 2", "OP 3"), r.operative().stream().map(Clause::label).toList());
    }

    @Test
    void draftDecisionIsOneParagraph() throws NotAResolutionException {
        Resolution r = parse("United Nations\nA/C.4/99/L.5\nGeneral Assembly\nDistr.: Limited\n20 October 2099\n\n"
                + "Ninety-ninth session\nFourth Committee\nAgenda item 40\nMade-up outer matters\n"
                + "Freedonia, Sylvania and Trinidad and Tobago:\ndraft decision\n\n"
                + "Made-up membership of the made-up committee\n"
                + "The General Assembly, taking note of the made-up application of Freedonia for\n"
                + "membership in the made-up committee, decides to appoint Freedonia as a member\n"
                + "of the made-up committee.\n");
        assertEquals(ResolutionKind.DRAFT_DECISION, r.kind());
        assertEquals("draft-decision", r.kind().jsonName());
        assertEquals("Made-up membership of the made-up committee", r.title());
        assertTrue(r.preamble().isEmpty());
        assertEquals(1, r.operative().size());
        assertEquals("OP", r.operative().get(0).label());
        assertTrue(r.operative().get(0).text().startsWith("The General Assembly, taking note"));
        assertTrue(r.operative().get(0).text().endsWith("member of the made-up committee."));
        assertEquals(List.of("Freedonia", "Sylvania", "Trinidad and Tobago"), r.info().sponsors());
        assertEquals(LocalDate.of(2099, 10, 20), r.date());
    }

    @Test
    void adoptedDecision() throws NotAResolutionException {
        Resolution r = parse("Decision adopted by the General Assembly on 19 December 2099\n\n"
                + "99/540. Made-up appointment\n\n"
                + "The General Assembly decides to appoint Freedonia to the made-up board.\n");
        assertEquals(ResolutionKind.DECISION, r.kind());
        assertNull(r.symbol(), "a decision has no document symbol of its own");
        assertEquals(99, r.session());
        assertEquals(1, r.operative().size());
        assertEquals(LocalDate.of(2099, 12, 19), r.date());
    }

    @Test
    void revisedAndCorrectedSymbols() throws NotAResolutionException {
        Resolution draft = parse("United Nations\nA/C.3/99/L.7/Rev.1\nGeneral Assembly\nDistr.: Limited\n5 November 2099\n"
                + "Freedonia: revised draft resolution\n\nMade-up rights\n\nThe General Assembly,\n\n"
                + "Recalling its made-up resolution,\n\n1. Decides to continue.\n");
        assertEquals("A/C.3/99/L.7/Rev.1", draft.symbol());
        assertEquals(ResolutionKind.DRAFT, draft.kind());
        Resolution corrected = parse("United Nations\nA/RES/99/12/Corr.1\nGeneral Assembly\nDistr.: General\n"
                + "5 January 2100\n\nResolution adopted by the General Assembly on 19 December 2099\n\n"
                + "99/12. Made-up rights\n\nThe General Assembly,\n\nRecalling its made-up resolution,\n\n"
                + "1. Decides to continue.\n");
        assertEquals("A/RES/99/12/Corr.1", corrected.symbol());
    }

    @Test
    void aNoteOnTheOrganizationOfWorkIsRefusedForWhatItIs() {
        NotAResolutionException e = assertThrows(NotAResolutionException.class, () -> parse(
                "United Nations\nA/C.3/99/L.1\nGeneral Assembly\nDistr.: Limited\n1 October 2099\n\n"
                        + "Ninety-ninth session\nThird Committee\n\nOrganization of work\n\nNote by the Secretariat\n\n"
                        + "The made-up committee will hold its meetings in the made-up room.\n"));
        assertEquals("made-up.txt is a note on the organization of work, not a resolution, decision, draft or amendment",
                e.getMessage());
    }

    @Test
    void masthead() throws NotAResolutionException {
        Resolution r = parse("United Nations\nA/RES/99/1\nGeneral Assembly\nDistr.: General\n16 October 2099\n\n"
                + "Ninety-ninth session\nAgenda items 13 and 117 (b)\n\n"
                + "Resolution adopted by the General Assembly on 29 September 2099\n"
                + "[on the report of the Special Political and Decolonization Committee\n(Fourth Committee) (A/99/429, para. 33)]\n\n"
                + "99/1. Made-up rights\n\nThe General Assembly,\n\nRecalling its made-up resolution,\n\n"
                + "1. Decides to continue.\n\n99-20100 (E) 271099\n");
        assertEquals("General", r.info().distribution());
        assertEquals(LocalDate.of(2099, 10, 16), r.info().issued());
        assertEquals("99-20100", r.info().jobNumber());
        assertEquals("Special Political and Decolonization Committee (Fourth Committee)", r.info().committee());
        assertEquals("A/99/429", r.info().adoptedOn());
        assertEquals(List.of("13", "117 (b)"), r.info().agendaItems());
    }
}
