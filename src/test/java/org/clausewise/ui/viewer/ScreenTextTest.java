package org.clausewise.ui.viewer;

import org.clausewise.model.Comparison;
import org.clausewise.present.Presentation;
import org.clausewise.present.PresentedRow;
import org.clausewise.present.Side;
import org.clausewise.present.ViewOptions;
import org.clausewise.ui.MadeUpTexts;
import org.clausewise.ui.theme.Styles;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The presentation's runs of the made-up comparison become the right characters' style classes. */
class ScreenTextTest {
    private final Comparison c = MadeUpTexts.comparison();

    private StyledText text(int row, Side side, boolean showEditorial) {
        PresentedRow r = Presentation.of(c, new ViewOptions(false, showEditorial)).clauseRows().get(row);
        return ScreenText.of(r.text(side));
    }

    @Test
    void insertedWordsCarryTheInsertedClassAndNothingElseDoes() {
        StyledText right = text(1, Side.RIGHT, true);
        int at = right.text().indexOf("with appreciation");
        assertTrue(right.classesAt(at).contains(Styles.INSERTED));
        assertTrue(right.classesAt(at + "with appreciation".length() - 1).contains(Styles.INSERTED));
        assertFalse(right.classesAt(0).contains(Styles.INSERTED), "'Welcomes' is unchanged");
        assertTrue(right.classesAt(0).contains(Styles.VERB), "'Welcomes' is the verb, in italic");
        assertFalse(right.classesAt(right.text().indexOf("report")).contains(Styles.INSERTED));
        assertEquals(at, right.firstChange());
        assertEquals(-1, text(1, Side.LEFT, true).firstChange(), "nothing was deleted from OP 1");
    }

    @Test
    void footnoteMarkIsASuperscriptAndShiftsNothingBeforeIt() {
        StyledText pp1 = text(0, Side.LEFT, true);
        assertEquals("Recalling its resolution 1/1\u00B9,", pp1.text());
        assertEquals(Set.of(Styles.CLAUSE_TEXT, Styles.FOOTNOTE_MARK), pp1.classesAt(pp1.text().indexOf('\u00B9')));
    }

    @Test
    void addedClauseIsInsertedWholeAndHasNoLeftText() {
        StyledText right = text(2, Side.RIGHT, true);
        assertEquals(MadeUpTexts.OP2_RIGHT, right.text());
        assertTrue(right.runs().stream().allMatch(r -> r.styleClasses().contains(Styles.INSERTED)));
        assertEquals("", text(2, Side.LEFT, true).text());
    }

    @Test
    void subparagraphsFollowTheLeadInOnePerLine() {
        StyledText op3 = text(3, Side.RIGHT, true);
        assertEquals(MadeUpTexts.OP3 + "\n(a) in the field of human rights;\n(b) in the field of development.",
                op3.text());
        assertTrue(op3.classesAt(op3.text().indexOf("(b)")).contains(Styles.SUB_LABEL));
    }

    @Test
    void editorialSpansAreQuietOrHidden() {
        int quote = MadeUpTexts.OP4_LEFT.indexOf('\u201C');
        StyledText shown = text(4, Side.LEFT, true);
        assertTrue(shown.classesAt(quote).contains(Styles.EDITORIAL));
        assertTrue(shown.classesAt(quote).contains(Styles.DELETED));
        StyledText hidden = text(4, Side.LEFT, false);
        assertEquals(Set.of(Styles.CLAUSE_TEXT), hidden.classesAt(quote));
        assertEquals(-1, hidden.firstChange());
    }
}
