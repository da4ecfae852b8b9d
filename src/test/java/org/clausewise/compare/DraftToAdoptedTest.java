package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.EditOp;
import org.clausewise.model.WordEdit;
import org.junit.jupiter.api.Test;

/**
 * The Third Committee draft of the 67th session against the adopted A/RES/67/169, on the checked
 * clean clause texts (seeds.json): the one change of force, OP 12 "Welcomes" → "Recalls", is
 * substantive and a verb change; the OCR slips the adopted text carries ("elementsin" in PP 8,
 * "al actors" in OP 4) are editorial.
 */
class DraftToAdoptedTest {
    private final Comparison c = new ResolutionComparer().compare(
            SeedTexts.seed("004_8ce46a3b519808ba.txt"), SeedTexts.seed("000_deb12b2bf5bc89c9.txt"));

    @Test
    void op12WelcomesBecomesRecallsIsASubstantiveVerbChange() {
        ClauseRow op12 = c.operative().get(11);
        assertEquals(12, op12.leftNumber());
        assertEquals(12, op12.rightNumber());
        assertEquals(ChangeKind.MODIFIED, op12.kind());
        assertEquals(ChangeClass.SUBSTANTIVE, op12.changeClass());
        assertTrue(op12.verbChanged());
        List<WordEdit> changes = op12.diff().edits().stream().filter(e -> e.op() != EditOp.EQUAL).collect(Collectors.toList());
        assertEquals(new WordEdit(EditOp.DELETE, "Welcomes", false), changes.get(0));
        assertEquals(new WordEdit(EditOp.INSERT, "Recalls", false), changes.get(1));
        WordDifferTest.assertSpansMatchEdits(op12.left().text(), op12.right().text(), op12.diff());
    }

    @Test
    void ocrSlipsOfTheAdoptedTextAreEditorial() {
        ClauseRow pp8 = c.preamble().get(7);
        assertEquals(ChangeClass.EDITORIAL, pp8.changeClass());
        assertTrue(pp8.right().text().contains("elementsin"));
        String inserted = pp8.diff().edits().stream().filter(e -> e.op() == EditOp.INSERT).map(e -> e.text().strip())
                .collect(Collectors.joining());
        assertEquals("elementsin", inserted);
        ClauseRow op4 = c.operative().get(3);
        assertEquals(ChangeClass.EDITORIAL, op4.changeClass());
        assertFalse(op4.verbChanged());
    }

    @Test
    void onlyOp12AndPp3AreSubstantive() {
        List<String> substantive = c.allRows().stream().filter(r -> r.changeClass() == ChangeClass.SUBSTANTIVE)
                .map(r -> r.left().label()).collect(Collectors.toList());
        // PP 3: "held at Durban" became "held in Durban" in the adopted text
        assertEquals(List.of("PP 3", "OP 12"), substantive);
        assertEquals(1, c.summary().verbChanges());
    }
}
