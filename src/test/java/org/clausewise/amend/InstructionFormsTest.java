package org.clausewise.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;
import org.junit.jupiter.api.Test;

/**
 * Each form an instruction takes, on the made-up draft of {@link MadeUpTexts}, read by the parser as
 * a real amendment is: what the paragraph reads after it, what else changed (nothing), and what the
 * outcome says.
 */
class InstructionFormsTest {
    private static final Resolution DRAFT = MadeUpTexts.draft();

    private static AmendedDraft amend(String... instructions) {
        List<Resolution> amendments = new java.util.ArrayList<>();
        for (int k = 0; k < instructions.length; k++) {
            amendments.add(MadeUpTexts.amendment("A/C.3/99/L." + (20 + k), instructions[k]));
        }
        return new DraftAmender().apply(DRAFT, amendments);
    }

    private static InstructionOutcome only(AmendedDraft a) {
        assertEquals(1, a.outcomes().size(), a.outcomes().toString());
        return a.outcomes().get(0);
    }

    private static InstructionOutcome applied(AmendedDraft a) {
        InstructionOutcome o = only(a);
        assertTrue(o.applied(), o.describe());
        return o;
    }

    /** The rows that changed between the draft and the draft as amended. */
    private static List<ClauseRow> changes(AmendedDraft a) {
        return new ResolutionComparer().compare(a.draft(), a.amended()).allRows().stream()
                .filter(ClauseRow::isChange).toList();
    }

    private static ClauseRow oneChange(AmendedDraft a, ChangeKind kind) {
        List<ClauseRow> changed = changes(a);
        assertEquals(1, changed.size(), changed.toString());
        assertEquals(kind, changed.get(0).kind(), changed.toString());
        return changed.get(0);
    }

    private static String op(AmendedDraft a, int number) {
        return a.amended().operative().get(number - 1).text();
    }

    private static String pp(AmendedDraft a, int index) {
        return a.amended().preamble().get(index - 1).text();
    }

    @Test
    void deleteAPreambularParagraphByOrdinal() {
        AmendedDraft a = amend("Delete the fourth preambular paragraph.\n");
        assertEquals("PP 4 deleted", applied(a).detail());
        assertEquals(4, a.amended().preamble().size());
        assertEquals(4, oneChange(a, ChangeKind.REMOVED).leftNumber());
        assertTrue(pp(a, 4).startsWith("Recognizing"));
    }

    @Test
    void deleteAnOperativeParagraphByNumberRenumbersTheRest() {
        AmendedDraft a = amend("Delete operative paragraph 3.\n");
        assertEquals("OP 3 deleted", applied(a).detail());
        assertEquals(3, oneChange(a, ChangeKind.REMOVED).leftNumber());
        assertEquals(List.of(1, 2, 3, 4, 5), a.amended().operative().stream().map(Clause::number).toList());
        assertTrue(op(a, 3).startsWith("Encourages"));
    }

    @Test
    void deleteAParagraphQuotedAsTheDraftReadsIt() {
        AmendedDraft a = amend("Delete the second preambular paragraph, reading:\n"
                + "\u201CReaffirming the made-up principles of the made-up charter,\u201D\n");
        assertEquals("PP 2 deleted (it reads as quoted)", applied(a).detail());
        assertEquals(2, oneChange(a, ChangeKind.REMOVED).leftNumber());
    }

    @Test
    void aQuotedParagraphThatReadsOtherwiseIsNotDeleted() {
        AmendedDraft a = amend("Delete the third preambular paragraph, reading:\n"
                + "\u201CReaffirming the made-up principles of the made-up charter,\u201D\n");
        InstructionOutcome o = only(a);
        assertFalse(o.applied());
        assertEquals("the quoted text does not match PP 3 of the draft; the quoted text is PP 2's", o.detail());
        assertTrue(changes(a).isEmpty(), "nothing is guessed");
    }

    @Test
    void deleteWords() {
        AmendedDraft a = amend("In the fourth preambular paragraph, delete the words \u201Cand made-up others\u201D.\n");
        assertEquals("PP 4: deleted \u201Cand made-up others\u201D", applied(a).detail());
        assertEquals("Welcoming the made-up work of the made-up committee,", pp(a, 4));
        assertEquals(ChangeKind.MODIFIED, oneChange(a, ChangeKind.MODIFIED).kind());
    }

    @Test
    void replaceWords() {
        AmendedDraft a = amend("In operative paragraph 2, replace the words \u201Cregional and international\u201D with "
                + "\u201Cinternational\u201D.\n");
        assertEquals("OP 2: \u201Cregional and international\u201D \u2192 \u201Cinternational\u201D", applied(a).detail());
        assertEquals("Calls upon all States to strengthen international made-up cooperation;", op(a, 2));
        oneChange(a, ChangeKind.MODIFIED);
    }

    @Test
    void insertWordsAfterWords() {
        AmendedDraft a = amend("In operative paragraph 1, insert the words \u201Cregional and\u201D after "
                + "\u201Cimportance of\u201D.\n");
        assertEquals("Reaffirms the importance of regional and made-up cooperation;", op(a, 1));
        assertEquals("OP 1: \u201Cregional and\u201D inserted after \u201Cimportance of\u201D", applied(a).detail());
        oneChange(a, ChangeKind.MODIFIED);
    }

    @Test
    void insertWordsBeforeWordsNamedFirst() {
        AmendedDraft a = amend("In operative paragraph 3, before the words \u201Cmade-up matters\u201D, insert the word "
                + "\u201Curgent\u201D.\n");
        applied(a);
        assertEquals("Requests the Secretary-General to report on urgent made-up matters;", op(a, 3));
    }

    @Test
    void insertWordsAfterWordsNamedFirst() {
        AmendedDraft a = amend("In operative paragraph 3, after the words \u201Creport on\u201D, insert \u201Curgent\u201D.\n");
        applied(a);
        assertEquals("Requests the Secretary-General to report on urgent made-up matters;", op(a, 3));
    }

    @Test
    void insertANewParagraphAfterOne() {
        AmendedDraft a = amend("After operative paragraph 3, insert a new operative paragraph, reading:\n"
                + "\u201CInvites made-up States to join the made-up effort;\u201D\n");
        assertEquals("new OP inserted after OP 3", applied(a).detail());
        assertEquals("Invites made-up States to join the made-up effort;", op(a, 4));
        assertEquals(4, a.amended().operative().get(3).number());
        assertTrue(op(a, 5).startsWith("Encourages"), "the draft's OP 4 is OP 5 as amended");
        assertEquals(4, oneChange(a, ChangeKind.ADDED).rightNumber());
    }

    @Test
    void insertANewParagraphBeforeTheFirst() {
        AmendedDraft a = amend("Before the first preambular paragraph, insert a new preambular paragraph, reading:\n"
                + "Guided by the made-up charter,\n");
        assertEquals("new PP inserted before PP 1", applied(a).detail());
        assertEquals("Guided by the made-up charter,", pp(a, 1));
        assertEquals(6, a.amended().preamble().size());
        oneChange(a, ChangeKind.ADDED);
    }

    @Test
    void addANewParagraphAtTheEndOfThePart() {
        AmendedDraft a = amend("Add a new operative paragraph at the end, reading:\n"
                + "\u201CRequests a made-up report at its hundredth session.\u201D\n");
        assertEquals("new OP inserted at the end of the operative part", applied(a).detail());
        assertEquals(7, a.amended().operative().size());
        assertEquals("Requests a made-up report at its hundredth session.", op(a, 7));
        oneChange(a, ChangeKind.ADDED);
    }

    @Test
    void addWordsAtTheEndOfAParagraphBeforeItsSemicolon() {
        AmendedDraft a = amend("At the end of operative paragraph 3, add the words \u201Cand on made-up progress\u201D.\n");
        assertEquals("Requests the Secretary-General to report on made-up matters and on made-up progress;", op(a, 3));
        assertEquals("OP 3: \u201Cand on made-up progress\u201D added at the end", applied(a).detail());
        oneChange(a, ChangeKind.MODIFIED);
    }

    @Test
    void replaceAWholeParagraph() {
        AmendedDraft a = amend("Replace operative paragraph 6 with the following:\n"
                + "\u201C6. Decides to conclude its consideration of the made-up question.\u201D\n");
        assertEquals("OP 6 replaced", applied(a).detail());
        assertEquals("Decides to conclude its consideration of the made-up question.", op(a, 6));
        assertEquals(6, a.amended().operative().size());
        assertEquals(1, changes(a).size());
    }

    @Test
    void deleteASubparagraphReletterTheRest() {
        AmendedDraft a = amend("In operative paragraph 4, delete subparagraph (c).\n");
        assertEquals("OP 4 (c) deleted", applied(a).detail());
        List<SubParagraph> subs = a.amended().operative().get(3).subparagraphs();
        assertEquals(List.of("a", "b", "c"), subs.stream().map(SubParagraph::label).toList());
        assertEquals("To report on made-up progress;", subs.get(2).text());
        oneChange(a, ChangeKind.MODIFIED);
    }

    @Test
    void replaceWordsInASubparagraph() {
        AmendedDraft a = amend("In operative paragraph 4 (b), replace the word \u201Cregional\u201D with "
                + "\u201Cinternational\u201D.\n");
        assertEquals("OP 4 (b): \u201Cregional\u201D \u2192 \u201Cinternational\u201D", applied(a).detail());
        assertEquals("To promote international made-up dialogue;",
                a.amended().operative().get(3).subparagraphs().get(1).text());
        oneChange(a, ChangeKind.MODIFIED);
    }

    @Test
    void insertANewSubparagraphAfterOne() {
        AmendedDraft a = amend("In operative paragraph 4, after subparagraph (a), insert a new subparagraph, reading:\n"
                + "\u201C(b) To publish made-up reports;\u201D\n");
        assertEquals("new sub-paragraph inserted after OP 4 (a)", applied(a).detail());
        List<SubParagraph> subs = a.amended().operative().get(3).subparagraphs();
        assertEquals(List.of("a", "b", "c", "d", "e"), subs.stream().map(SubParagraph::label).toList());
        assertEquals("To publish made-up reports;", subs.get(1).text());
        assertEquals("To promote regional made-up dialogue;", subs.get(2).text());
    }

    @Test
    void severalInstructionsOfOneAmendmentApplyInOrderOnTheDraftsNumbering() {
        AmendedDraft a = amend("1. Delete operative paragraph 1.\n\n"
                + "2. After operative paragraph 3, insert a new operative paragraph, reading:\n"
                + "Invites made-up States to join the made-up effort;\n\n"
                + "3. In operative paragraph 5, replace the words \u201Cthe made-up situation\u201D with "
                + "\u201Cthe made-up crisis\u201D.\n");
        assertEquals(3, a.appliedCount(), a.outcomes().toString());
        assertEquals(List.of("OP 1", "OP 3", "OP 5"), a.outcomes().stream().map(InstructionOutcome::target).toList());
        assertTrue(op(a, 3).startsWith("Invites"), "after the draft's OP 3, which is OP 2 once OP 1 is gone");
        assertTrue(op(a, 5).contains("the made-up crisis"));
        assertEquals(6, a.amended().operative().size());
    }

    @Test
    void twoAmendmentsApplyInTheOrderGiven() {
        AmendedDraft a = amend("Delete the first preambular paragraph.\n",
                "In the second preambular paragraph, replace the word \u201Cprinciples\u201D with \u201Cpurposes\u201D.\n");
        assertEquals(2, a.appliedCount(), a.outcomes().toString());
        assertEquals("A/C.3/99/L.20", a.outcomes().get(0).amendment());
        assertEquals("A/C.3/99/L.21", a.outcomes().get(1).amendment());
        assertEquals("Reaffirming the made-up purposes of the made-up charter,", pp(a, 1));
        assertEquals(2, changes(a).size());
    }

    @Test
    void instructionsThatCannotBeAppliedAreFlaggedAndChangeNothing() {
        AmendedDraft a = amend("1. Delete operative paragraph 12.\n\n"
                + "2. In operative paragraph 5, delete the words \u201Cmade-up concern\u201D.\n\n"
                + "3. In operative paragraph 2, delete the words \u201Cmade-up peace\u201D.\n\n"
                + "4. In operative paragraph 4, delete subparagraph (f).\n\n"
                + "5. In operative paragraph 1, delete the word \u201Cmade\u201D.\n");
        List<InstructionOutcome> o = a.outcomes();
        assertEquals(5, o.size(), o.toString());
        assertTrue(o.stream().noneMatch(InstructionOutcome::applied), o.toString());
        assertEquals("OP 12 not found: the draft's operative paragraphs run from OP 1 to OP 6", o.get(0).detail());
        assertEquals("ambiguous: \u201Cmade-up concern\u201D appears 2 times in OP 5", o.get(1).detail());
        assertEquals("words not found in OP 2: \u201Cmade-up peace\u201D", o.get(2).detail());
        assertEquals("OP 4 has no sub-paragraph (f)", o.get(3).detail());
        assertEquals("words not found in OP 1: \u201Cmade\u201D", o.get(4).detail(), "not inside \u201Cmade-up\u201D");
        assertTrue(changes(a).isEmpty(), "nothing is guessed");
        assertTrue(o.get(0).describe().startsWith("A/C.3/99/L.20 (1) NOT applied: OP 12 not found"));
    }

    @Test
    void wordsWhereverTheyAppearChangeEachTime() {
        AmendedDraft a = amend("In operative paragraph 5, replace the words \u201Cmade-up concern\u201D with "
                + "\u201Cmade-up alarm\u201D wherever they appear.\n");
        assertEquals("OP 5: \u201Cmade-up concern\u201D \u2192 \u201Cmade-up alarm\u201D (2 times)", applied(a).detail());
        assertEquals("Expresses its made-up alarm at the made-up situation and the made-up alarm of others;", op(a, 5));
    }

    @Test
    void aWordInsideAnotherWordIsNotFound() {
        AmendedDraft a = amend("In operative paragraph 6, delete the word \u201Chundred\u201D.\n");
        assertEquals("words not found in OP 6: \u201Chundred\u201D", only(a).detail());
    }

    @Test
    void aRenumberingNoteIsNotTakenForWords() {
        AmendedDraft a = amend("Delete operative paragraph 3.\n\nRenumber the subsequent paragraphs accordingly.\n");
        assertEquals("OP 3 deleted", applied(a).detail());
        assertEquals(5, a.amended().operative().size());
    }

    @Test
    void theLastParagraphOfAPart() {
        AmendedDraft a = amend("Delete the last preambular paragraph.\n");
        assertEquals("PP 5 deleted", applied(a).detail());
    }

    @Test
    void aParagraphAlreadyDeletedByAnEarlierAmendmentIsReported() {
        AmendedDraft a = amend("Delete operative paragraph 2.\n",
                "In operative paragraph 2, delete the word \u201Cregional\u201D.\n");
        assertTrue(a.outcomes().get(0).applied());
        assertEquals("OP 2 was already deleted by A/C.3/99/L.20 (1)", a.outcomes().get(1).detail());
    }
}
