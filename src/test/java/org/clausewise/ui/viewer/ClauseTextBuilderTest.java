package org.clausewise.ui.viewer;

import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.ui.MadeUpTexts;
import org.clausewise.ui.Styles;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spans of the made-up comparison become the right characters' style classes. */
class ClauseTextBuilderTest {
    private final Comparison c = MadeUpTexts.comparison();

    @Test
    void insertedWordsCarryTheInsertedClassAndNothingElseDoes() {
        ClauseRow op1 = c.operative().get(0);
        StyledText right = new ClauseTextBuilder(true).build(op1, Side.RIGHT);
        int at = right.text().indexOf("with appreciation");
        assertTrue(right.classesAt(at).contains(Styles.INSERTED));
        assertTrue(right.classesAt(at + "with appreciation".length() - 1).contains(Styles.INSERTED));
        assertFalse(right.classesAt(0).contains(Styles.INSERTED), "'Welcomes' is unchanged");
        assertFalse(right.classesAt(right.text().indexOf("report")).contains(Styles.INSERTED));
        assertEquals(at, right.firstChange());
        StyledText left = new ClauseTextBuilder(true).build(op1, Side.LEFT);
        assertEquals(-1, left.firstChange(), "nothing was deleted from OP 1");
    }

    @Test
    void footnoteMarkIsASuperscriptAndShiftsNothingBeforeIt() {
        StyledText pp1 = new ClauseTextBuilder(true).build(c.preamble().get(0), Side.LEFT);
        assertEquals("Recalling its resolution 1/1\u00B9,", pp1.text());
        assertTrue(pp1.classesAt(pp1.text().indexOf('\u00B9')).contains(Styles.FOOTNOTE_MARK));
    }

    @Test
    void addedClauseIsInsertedWholeAndHasNoLeftText() {
        ClauseRow added = c.operative().get(1);
        StyledText right = new ClauseTextBuilder(true).build(added, Side.RIGHT);
        assertEquals(MadeUpTexts.OP2_RIGHT, right.text());
        assertTrue(right.runs().stream().allMatch(r -> r.styleClasses().contains(Styles.INSERTED)));
        assertEquals("", new ClauseTextBuilder(true).build(added, Side.LEFT).text());
    }

    @Test
    void subparagraphsFollowTheLeadInOnePerLine() {
        StyledText op3 = new ClauseTextBuilder(true).build(c.operative().get(2), Side.RIGHT);
        assertEquals(MadeUpTexts.OP3 + "\n(a) in the field of human rights;\n(b) in the field of development.",
                op3.text());
        assertTrue(op3.classesAt(op3.text().indexOf("(b)")).contains(Styles.SUB_LABEL));
    }

    @Test
    void editorialSpansAreQuietOrHidden() {
        ClauseRow op4 = c.operative().get(3);
        int quote = MadeUpTexts.OP4_LEFT.indexOf('\u201C');
        StyledText shown = new ClauseTextBuilder(true).build(op4, Side.LEFT);
        assertTrue(shown.classesAt(quote).contains(Styles.EDITORIAL));
        assertTrue(shown.classesAt(quote).contains(Styles.DELETED));
        StyledText hidden = new ClauseTextBuilder(false).build(op4, Side.LEFT);
        assertEquals(java.util.Set.of(Styles.CLAUSE_TEXT), hidden.classesAt(quote));
        assertEquals(-1, hidden.firstChange());
    }

    @Test
    void superscriptDigitsAndOtherMarks() {
        assertEquals("\u00B9\u2070", ClauseTextBuilder.superscript("10"));
        assertEquals("\u2074", ClauseTextBuilder.superscript("4"));
        assertEquals("*", ClauseTextBuilder.superscript("*"));
    }
}
