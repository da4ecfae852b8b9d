package org.clausewise.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausewise.model.Clause;
import org.clausewise.model.Heading;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.junit.jupiter.api.Test;

/**
 * A made-up draft in two sections whose numbering restarts (OP I.1, OP II.1 …): an instruction names
 * its section, an unnamed section is ambiguous, numbering restarts again once amended, and headings
 * stay before the first paragraph of their section.
 */
class SectionedDraftTest {
    private static final Resolution DRAFT = MadeUpTexts.parse(MadeUpTexts.SECTIONED_DRAFT, "sectioned.txt");

    private static AmendedDraft amend(String instructions) {
        Resolution a = MadeUpTexts.parse(MadeUpTexts.sectionedAmendmentText(instructions), "amendment.txt");
        return new DraftAmender().apply(DRAFT, List.of(a));
    }

    @Test
    void theDraftIsReadInSections() {
        assertEquals(List.of("OP I.1", "OP I.2", "OP II.1", "OP II.2", "OP II.3"),
                DRAFT.operative().stream().map(Clause::label).toList());
    }

    @Test
    void anInstructionNamesItsSectionAndTheSectionIsNumberedAnew() {
        AmendedDraft a = amend("In section II, delete operative paragraph 2.\n");
        assertTrue(a.outcomes().get(0).applied(), a.outcomes().toString());
        assertEquals("OP II.2 deleted", a.outcomes().get(0).detail());
        assertEquals(List.of("OP I.1", "OP I.2", "OP II.1", "OP II.2"),
                a.amended().operative().stream().map(Clause::label).toList());
        assertTrue(a.amended().operative().get(3).text().startsWith("Decides"));
    }

    @Test
    void aNumberThatStandsInTwoSectionsIsAmbiguous() {
        AmendedDraft a = amend("Delete operative paragraph 1.\n");
        assertFalse(a.outcomes().get(0).applied());
        assertEquals("ambiguous: OP 1 stands in sections I, II and the instruction names none",
                a.outcomes().get(0).detail());
    }

    @Test
    void aHeadingMovesToTheFirstParagraphStillStanding() {
        AmendedDraft a = amend("In section II, delete the first preambular paragraph.\n");
        assertTrue(a.outcomes().get(0).applied(), a.outcomes().toString());
        Heading second = a.amended().headings().get(1);
        assertEquals("II", second.path());
        assertEquals(Part.OPERATIVE, second.part());
        assertSame(a.amended().operative().get(2), second.firstClause());
        assertSame(a.amended().preamble().get(0), a.amended().headings().get(0).firstClause());
    }
}
