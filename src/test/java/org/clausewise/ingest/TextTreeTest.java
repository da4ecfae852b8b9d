package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausewise.model.Annex;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseForm;
import org.clausewise.model.Heading;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;
import org.junit.jupiter.api.Test;

/**
 * The tree of a text (decision 0007) on made-up texts, one shape each: sections whose numbering
 * restarts, a preamble per section, an unnumbered operative paragraph, annexes (a declaration, a
 * treaty with articles, a table), nested sub-paragraphs, paragraphs numbered past 999.
 */
class TextTreeTest {
    private static final String HEAD = "99/501. Made-up questions of the programme budget\n\nThe General Assembly,\n\n";

    private static Resolution parse(String text) throws NotAResolutionException {
        return new ResolutionParser().parse(text, "made-up.txt");
    }

    private static List<String> labels(List<Clause> clauses) {
        return clauses.stream().map(Clause::label).toList();
    }

    @Test
    void sectionsRestartTheirNumberingAndHaveTheirOwnPreamble() throws NotAResolutionException {
        Resolution r = parse(HEAD
                + "I\nFirst made-up subject\n\n"
                + "Recalling its earlier made-up decisions on the first subject,\n\n"
                + "Having considered the made-up report on the first subject,\n\n"
                + "1. Takes note of the made-up report;\n\n"
                + "2. Endorses the made-up conclusions;\n\n"
                + "II\nSecond made-up subject\n\n"
                + "Having considered the made-up report on the second subject,\n\n"
                + "1. Approves the made-up figures;\n\n"
                + "2. Requests the made-up office to report back;\n\n"
                + "3. Decides to return to the second subject next year.\n\n"
                + "80th plenary meeting\n20 December 2099\n");
        assertEquals(List.of("PP I.1", "PP I.2", "PP II.1"), labels(r.preamble()));
        assertEquals(List.of("OP I.1", "OP I.2", "OP II.1", "OP II.2", "OP II.3"), labels(r.operative()));
        assertEquals(List.of(1, 2, 1, 2, 3), r.operative().stream().map(Clause::number).toList());
        assertEquals(List.of("I", "II"), r.headings().stream().map(Heading::path).toList());
        assertEquals(List.of("First made-up subject", "Second made-up subject"),
                r.headings().stream().map(Heading::text).toList());
        assertEquals(Part.PREAMBLE, r.headings().get(1).part(), "section II opens with its own preamble");
        assertSame(r.preamble().get(2), r.headings().get(1).firstClause());
        assertEquals(List.of("PP I.1", "PP I.2", "OP I.1", "OP I.2", "PP II.1", "OP II.1", "OP II.2", "OP II.3"),
                labels(r.body()), "reading order");
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void lettersUnderRomanSectionsAndRunningNumbersWithoutRestart() throws NotAResolutionException {
        Resolution r = parse(HEAD + "Recalling its made-up resolution,\n\n"
                + "I. Made-up overview\n\n1. Welcomes the made-up overview;\n\n"
                + "A. Made-up details\n\n2. Notes the made-up details;\n\n"
                + "B. More made-up details\n\n3. Notes further details;\n\n"
                + "II. Made-up follow-up\n\n4. Decides to follow up.\n");
        assertEquals(List.of("I", "I.A", "I.B", "II"), r.headings().stream().map(Heading::path).toList());
        assertEquals(List.of(1, 2, 2, 1), r.headings().stream().map(Heading::level).toList());
        assertEquals(List.of("I", "I.A", "I.B", "II"), r.operative().stream().map(Clause::section).toList());
        assertEquals(List.of("OP 1", "OP 2", "OP 3", "OP 4"), labels(r.operative()),
                "numbering runs on: the number alone names the clause");
    }

    @Test
    void partAndSectionHeadingsOfABudget() throws NotAResolutionException {
        Resolution r = parse(HEAD + "Recalling its made-up budget resolutions,\n\n"
                + "Part I\nMade-up policymaking\n\nSection 1\nMade-up direction\n\n1. Approves one made-up post;\n\n"
                + "Section 2\nMade-up affairs\n\n2. Approves two made-up posts;\n\n"
                + "Part II\nMade-up affairs abroad\n\nSection 3\nMade-up missions\n\n3. Approves three made-up posts.\n");
        assertEquals(List.of("Part I", "Section 1", "Section 2", "Part II", "Section 3"),
                r.headings().stream().map(Heading::label).toList());
        assertEquals(List.of("I", "I.1", "I.2", "II", "II.3"), r.headings().stream().map(Heading::path).toList());
        assertEquals(List.of("I.1", "I.2", "II.3"), r.operative().stream().map(Clause::section).toList());
    }

    @Test
    void aHeadingWithoutABlankLineIsNotGluedIntoThePreamble() throws NotAResolutionException {
        Resolution r = parse(HEAD + "Recalling its made-up resolution,\n"
                + "Made-up role and authority of the Assembly\n"
                + "1. Reaffirms the made-up role;\n2. Decides to continue.\n");
        assertEquals(List.of("Recalling its made-up resolution,"), r.preamble().stream().map(Clause::text).toList());
        assertEquals(List.of("Made-up role and authority of the Assembly"), r.headings().stream().map(Heading::text).toList());
        assertEquals(2, r.operative().size());
    }

    @Test
    void aSingleUnnumberedOperativeParagraphIsOneClause() throws NotAResolutionException {
        Resolution r = parse("99/2. Made-up declaration\n\nThe General Assembly\n\n"
                + "Endorses the made-up declaration contained in the annex to the present resolution.\n\n"
                + "9th plenary meeting\n1 October 2099\n");
        assertTrue(r.preamble().isEmpty());
        assertEquals(1, r.operative().size());
        Clause op = r.operative().get(0);
        assertFalse(op.numbered());
        assertEquals("OP", op.label());
        assertTrue(op.text().startsWith("Endorses"));
    }

    @Test
    void unnumberedOperativeParagraphsAfterAPreambleWithoutBlankLines() throws NotAResolutionException {
        Resolution r = parse("99/3. Made-up credentials\n\nThe General Assembly,\n"
                + "Having considered the made-up report of the made-up committee,\n"
                + "Approves the made-up report.\n"
                + "48th plenary meeting\n19 December 2099\n");
        assertEquals(1, r.preamble().size());
        assertEquals(List.of("OP"), labels(r.operative()));
        assertEquals("Approves the made-up report.", r.operative().get(0).text());
    }

    @Test
    void annexWithADeclarationInSections() throws NotAResolutionException {
        Resolution r = parse("99/4. Made-up political declaration\n\nThe General Assembly\n\n"
                + "Endorses the made-up declaration annexed to the present resolution.\n\n"
                + "15th plenary meeting\n29 September 2099\n\nAnnex\nMade-up political declaration of the\n"
                + "made-up forum\n\nI. Our made-up commitment\n\n"
                + "1. We, the made-up representatives, have met to review progress.\n\n"
                + "2. We reaffirm our made-up commitment.\n\nII. Our made-up call to action\n\n"
                + "3. We commit to made-up action, including:\n\n(a) Made-up first action;\n\n"
                + "(b) Made-up second action.\n");
        assertEquals(1, r.operative().size());
        assertEquals(1, r.annexes().size());
        Annex a = r.annexes().get(0);
        assertEquals("", a.id());
        assertEquals("Annex", a.label());
        assertEquals("Made-up political declaration of the made-up forum", a.title());
        assertEquals(List.of("Annex ¶ 1", "Annex ¶ 2", "Annex ¶ 3"), labels(a.clauses()));
        assertEquals(List.of("I", "I", "II"), a.clauses().stream().map(Clause::section).toList());
        assertEquals(Part.ANNEX, a.clauses().get(0).part());
        assertEquals("", a.clauses().get(0).annex());
        assertEquals(List.of("a", "b"), a.clauses().get(2).subparagraphs().stream().map(SubParagraph::label).toList());
        assertEquals(List.of("I. Our made-up commitment", "II. Our made-up call to action"),
                a.headings().stream().map(Heading::display).toList());
        assertTrue(r.headings().isEmpty(), "annex headings are the annex's own");
        assertEquals(3, r.clauses(Part.ANNEX).size());
    }

    @Test
    void treatyAnnexWithPreambleChaptersAndArticles() throws NotAResolutionException {
        Resolution r = parse("99/5. Made-up convention\n\nThe General Assembly,\n\n"
                + "Recalling its made-up work on the convention,\n\n1. Adopts the made-up convention annexed;\n\n"
                + "2. Opens it for signature.\n\n60th plenary meeting\n24 December 2099\n\n"
                + "Annex I\nMade-up convention\n\nPreamble\n\nThe States Parties to the present Convention,\n\n"
                + "Bearing in mind the made-up purposes,\n\nHave agreed as follows:\n\n"
                + "Chapter I\nGeneral provisions\n\nArticle 1\nMade-up purpose\n\n"
                + "The purposes of this Convention are to:\n\n(a) Promote made-up cooperation;\n\n(b) Support made-up work.\n\n"
                + "Article 2\nMade-up sovereignty\n\n1. States Parties shall act in a made-up manner.\n\n"
                + "2. Nothing in this Convention shall do made-up things.\n\n"
                + "Chapter II\nFinal provisions\n\nArticle 3\nMade-up signature\n\n"
                + "This Convention shall be open for signature.\n\n"
                + "Annex II\nMade-up notes\n\n1. A made-up note.\n");
        assertEquals(2, r.annexes().size());
        Annex treaty = r.annexes().get(0);
        assertEquals("I", treaty.id());
        assertEquals(List.of("Annex I PP 1", "Annex I PP 2", "Annex I PP 3", "Annex I art. 1", "Annex I art. 2",
                "Annex I art. 3"), labels(treaty.clauses()));
        Clause art1 = treaty.clauses().get(3);
        assertEquals(ClauseForm.ARTICLE, art1.form());
        assertEquals("The purposes of this Convention are to:", art1.text());
        assertEquals(List.of("a", "b"), art1.subparagraphs().stream().map(SubParagraph::label).toList());
        Clause art2 = treaty.clauses().get(4);
        assertEquals(List.of("1", "2"), art2.subparagraphs().stream().map(SubParagraph::label).toList());
        assertEquals("I", art2.section(), "article 2 stands in chapter I");
        assertEquals("II", treaty.clauses().get(5).section());
        assertEquals(List.of("Preamble", "Chapter I General provisions", "Article 1 Made-up purpose",
                "Article 2 Made-up sovereignty", "Chapter II Final provisions", "Article 3 Made-up signature"),
                treaty.headings().stream().map(Heading::display).toList());
        assertSame(art1, treaty.headings().get(2).firstClause());
        assertEquals(List.of("Annex II ¶ 1"), labels(r.annexes().get(1).clauses()));
    }

    @Test
    void annexTableKeepsOneReadableRowPerParagraph() throws NotAResolutionException {
        Resolution r = parse(HEAD + "1. Approves the made-up staffing table annexed.\n\n"
                + "70th plenary meeting\n22 December 2099\n\nAnnex\nMade-up staffing table\n\n"
                + "Category Posts Total\n\nFirst made-up level 12 3 15\n\nSecond made-up level 1 204 46 1 250\n\n"
                + "Subtotal 1 216 49 1 265\n");
        Annex a = r.annexes().get(0);
        assertEquals(List.of("Category Posts Total First made-up level 12 3 15", "Second made-up level 1 204 46 1 250",
                "Subtotal 1 216 49 1 265"), a.clauses().stream().map(Clause::text).toList());
    }

    @Test
    void nestedSubparagraphsAreKept() throws NotAResolutionException {
        Resolution r = parse(HEAD + "1. Decides:\n\n(a) That the made-up body shall:\n\n"
                + "(i) Meet annually;\n\n(ii) Report on:\n\n(A) Its made-up work;\n\n(B) Its made-up budget;\n\n"
                + "(iii) Elect its officers;\n\n(b) That the made-up fund shall remain open;\n\n"
                + "2. Decides to continue.\n");
        Clause op1 = r.operative().get(0);
        assertEquals("Decides:", op1.text());
        assertEquals(List.of("a", "b"), op1.subparagraphs().stream().map(SubParagraph::label).toList());
        SubParagraph a = op1.subparagraphs().get(0);
        assertEquals("That the made-up body shall:", a.text());
        assertEquals(List.of("i", "ii", "iii"), a.subparagraphs().stream().map(SubParagraph::label).toList());
        SubParagraph ii = a.subparagraphs().get(1);
        assertEquals(List.of("A", "B"), ii.subparagraphs().stream().map(SubParagraph::label).toList());
        assertEquals("Its made-up budget;", ii.subparagraphs().get(1).text());
        assertEquals("That the made-up fund shall remain open;", op1.subparagraphs().get(1).text());
        assertTrue(op1.fullText().contains("\n    (B) Its made-up budget;"), op1.fullText());
    }

    @Test
    void paragraphsPastNineHundredAndNinetyNineKeepTheirNumbers() throws NotAResolutionException {
        StringBuilder text = new StringBuilder(HEAD);
        for (int n = 1; n <= 1002; n++) {
            text.append(n).append(". Requests made-up report number ").append(n).append(";\n\n");
        }
        Resolution r = parse(text.toString());
        assertEquals(1002, r.operative().size());
        assertEquals(1000, r.operative().get(999).number());
        assertEquals("Requests made-up report number 1002;", r.operative().get(1001).text());
    }

    @Test
    void firstReleaseShapesKeepTheirLabels() throws NotAResolutionException {
        Resolution r = parse(HEAD + "Recalling its made-up resolution,\n\n1. Decides to continue.\n");
        assertEquals("PP 1", r.preamble().get(0).label());
        assertEquals("OP 1", r.operative().get(0).label());
        assertNull(r.operative().get(0).section());
        assertNull(r.operative().get(0).annex());
        assertTrue(r.operative().get(0).numbered());
        assertTrue(r.annexes().isEmpty() && r.headings().isEmpty() && r.amendment() == null);
    }

    @Test
    void twoFootnoteMarksInARowStillEndAParagraph() throws NotAResolutionException {
        Resolution r = parse(HEAD + "Noting the made-up figures of the made-up year,<sup>1</sup><sup>2</sup>\n"
                + "Strongly condemning made-up attacks,<sup>3</sup>\n\n1. Decides to continue.\n");
        assertEquals(2, r.preamble().size());
        assertEquals(List.of("1", "2"), r.preamble().get(0).footnoteRefs().stream().map(f -> f.mark()).toList());
    }
}
