package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.EditOp;
import org.clausewise.model.Span;
import org.clausewise.model.TextDiff;
import org.clausewise.model.WordEdit;
import org.junit.jupiter.api.Test;

/** Word-level diffs on phrases cut from the corpus (A/RES/67/169 and its draft) unless said otherwise. */
class WordDifferTest {
    private final WordDiffer differ = new WordDiffer();

    /** OP 12 of the 67th-session draft against the adopted text: one word replaced, nothing else. */
    @Test
    void replacedVerbIsExactlyOneWordReplaced() {
        String draft = "Welcomes the initiative of the Office of the High Commissioner to organize a workshop";
        String adopted = "Recalls the initiative of the Office of the High Commissioner to organize a workshop";
        TextDiff d = differ.diff(draft, adopted);
        assertEquals(ChangeClass.SUBSTANTIVE, d.changeClass());
        assertEquals(List.of(new WordEdit(EditOp.DELETE, "Welcomes", false), new WordEdit(EditOp.INSERT, "Recalls", false),
                new WordEdit(EditOp.EQUAL, adopted.substring("Recalls".length()), false)), d.edits());
        assertEquals(List.of(new Span(0, 8, EditOp.DELETE, false)), d.leftSpans());
        assertEquals(List.of(new Span(0, 7, EditOp.INSERT, false)), d.rightSpans());
        assertSpansMatchEdits(draft, adopted, d);
    }

    @Test
    void ocrJoinedWordsAreEditorial() {
        String ocr = "are important elementsin all activities for the promotion and protection of human rights,";
        String clean = "are important elements in all activities for the promotion and protection of human rights,";
        TextDiff d = differ.diff(ocr, clean);
        assertEquals(ChangeClass.EDITORIAL, d.changeClass());
        assertEquals("elementsin", changed(d, EditOp.DELETE));
        assertEquals("elements in", changed(d, EditOp.INSERT));
        assertTrue(d.leftSpans().stream().allMatch(Span::editorial));
        assertSpansMatchEdits(ocr, clean, d);
    }

    @Test
    void typographyAloneIsNoChange() {
        String typographic = "the \u201Cright to development\u201D in the follow\u2011up to the World Conference";
        String plain = "the \"right to development\" in   the follow-up to the World Conference";
        TextDiff d = differ.diff(typographic, plain);
        assertFalse(d.changed());
        assertEquals(1.0, d.similarity());
    }

    @Test
    void caseAndHyphenationAndPunctuationAreEditorial() {
        assertEquals(ChangeClass.EDITORIAL, differ.diff("the Human Rights Council,", "the human rights Council;").changeClass());
        assertEquals(ChangeClass.EDITORIAL, differ.diff("confidence-building measures", "confidence building measures").changeClass());
    }

    /** Made-up OCR slips: a letter wrong inside a long word, a digit one for an l, rn for m. */
    @Test
    void ocrSlipsInsideLongWordsAreEditorial() {
        assertEquals(ChangeClass.EDITORIAL, differ.diff("the Human Rights Comission", "the Human Rights Commission").changeClass());
        assertEquals(ChangeClass.EDITORIAL, differ.diff("a1l Member States", "all Member States").changeClass());
        assertEquals(ChangeClass.EDITORIAL, differ.diff("the Govemment concerned", "the Government concerned").changeClass());
        assertEquals(ChangeClass.EDITORIAL, differ.diff("Urges all actors", "Urges al actors").changeClass());
    }

    @Test
    void realChangesStaySubstantive() {
        assertEquals(ChangeClass.SUBSTANTIVE, differ.diff("resolution 66/152 of 19 December 2011", "resolution 67/169 of 20 December 2012").changeClass());
        assertEquals(ChangeClass.SUBSTANTIVE, differ.diff("the Convention", "the Conventions").changeClass());
        assertEquals(ChangeClass.SUBSTANTIVE, differ.diff("at its sixty-ninth session", "at its seventy-first session").changeClass());
        assertEquals(ChangeClass.SUBSTANTIVE, differ.diff("the role of human rights", "the role on human rights").changeClass());
        assertEquals(ChangeClass.SUBSTANTIVE, differ.diff("Member States were adopted", "Member States were adapted").changeClass());
    }

    /** An OCR join next to a real change: the join is marked editorial, the change substantive. */
    @Test
    void editorialPieceIsCutFromSubstantiveChange() {
        String left = "are important elementsin all activities";
        String right = "are important elements in many activities";
        TextDiff d = differ.diff(left, right);
        assertEquals(ChangeClass.SUBSTANTIVE, d.changeClass());
        List<WordEdit> changes = d.edits().stream().filter(e -> e.op() != EditOp.EQUAL).collect(Collectors.toList());
        assertEquals(List.of(new WordEdit(EditOp.DELETE, " elementsin", true), new WordEdit(EditOp.INSERT, " elements in", true),
                new WordEdit(EditOp.DELETE, " all", false), new WordEdit(EditOp.INSERT, " many", false)), changes);
        assertSpansMatchEdits(left, right, d);
    }

    @Test
    void insertedWordsCarryTheirSpaceSoEditsRebuildBothTexts() {
        String left = "Recognizes that the promotion of human rights";
        String right = "Recognizes also that the promotion and protection of human rights";
        TextDiff d = differ.diff(left, right);
        assertSpansMatchEdits(left, right, d);
        assertEquals(" also", d.edits().get(1).text());
        assertEquals(List.of(" also", " and protection"), d.edits().stream()
                .filter(e -> e.op() == EditOp.INSERT).map(WordEdit::text).collect(Collectors.toList()));
        assertEquals(2.0 * 7 / (7 + 10), d.similarity(), 1e-9); // all 7 left words kept
    }

    @Test
    void emptyTextAgainstText() {
        TextDiff d = differ.diff("", "Decides to continue consideration of the question");
        assertEquals(ChangeClass.SUBSTANTIVE, d.changeClass());
        assertEquals(0.0, d.similarity());
        assertSpansMatchEdits("", "Decides to continue consideration of the question", d);
        assertNull(differ.diff("", "").changeClass());
    }

    /** Every span is inside its text and reads exactly what its edit says; edits rebuild both texts. */
    static void assertSpansMatchEdits(String left, String right, TextDiff d) {
        List<WordEdit> dels = d.edits().stream().filter(e -> e.op() == EditOp.DELETE).collect(Collectors.toList());
        List<WordEdit> ins = d.edits().stream().filter(e -> e.op() == EditOp.INSERT).collect(Collectors.toList());
        assertEquals(dels.size(), d.leftSpans().size());
        assertEquals(ins.size(), d.rightSpans().size());
        for (int k = 0; k < dels.size(); k++) {
            Span s = d.leftSpans().get(k);
            assertTrue(s.end() <= left.length(), "span " + s + " outside left text");
            assertEquals(dels.get(k).text().strip(), left.substring(s.start(), s.end()));
            assertEquals(dels.get(k).editorial(), s.editorial());
            assertEquals(EditOp.DELETE, s.op());
        }
        for (int k = 0; k < ins.size(); k++) {
            Span s = d.rightSpans().get(k);
            assertTrue(s.end() <= right.length(), "span " + s + " outside right text");
            assertEquals(ins.get(k).text().strip(), right.substring(s.start(), s.end()));
            assertEquals(ins.get(k).editorial(), s.editorial());
            assertEquals(EditOp.INSERT, s.op());
        }
        assertEquals(left.strip(), rebuild(d, EditOp.DELETE));
        assertEquals(right.strip().replaceAll("\\s+", " "), rebuild(d, EditOp.INSERT).replaceAll("\\s+", " "));
    }

    private static String rebuild(TextDiff d, EditOp side) {
        return d.edits().stream().filter(e -> e.op() == EditOp.EQUAL || e.op() == side)
                .map(WordEdit::text).collect(Collectors.joining());
    }

    private static String changed(TextDiff d, EditOp op) {
        return d.edits().stream().filter(e -> e.op() == op).map(e -> e.text().strip()).collect(Collectors.joining("|"));
    }
}
