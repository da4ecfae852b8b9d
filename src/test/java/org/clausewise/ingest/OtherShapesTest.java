package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.clausewise.model.Clause;
import org.clausewise.model.Footnote;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.SubParagraph;
import org.junit.jupiter.api.Test;

/**
 * Shapes of text the corpus does not have, built from its sentences: a draft as an official PDF
 * extraction, a one-line-per-paragraph export with sub-paragraphs inline, HTML tags, CRLF.
 * All made-up arrangements of real clauses.
 */
class OtherShapesTest {
    private static Resolution parse(String text) throws NotAResolutionException {
        return new ResolutionParser().parse(text, "made-up.txt");
    }

    @Test
    void draftAsAnOfficialPdfExtraction() throws NotAResolutionException {
        // Made-up: the draft seed's cover and clauses laid out as the UN prints a Third Committee draft.
        String text = String.join("\n",
                "United Nations ", "A/C.3/67/L.34", " ", "General Assembly ", "Distr.: Limited ", "9 November 2012 ",
                " ", "Original: English ", "12-58888 (E)    101112 ", "*1258888* ", " ", "Sixty-seventh session ",
                "Third Committee ", "Agenda item 69 (b) ",
                "Promotion and protection of human rights: human rights questions, including alternative ",
                "approaches for improving the effective enjoyment of human rights and fundamental freedoms ",
                " ", " ", "Cuba:* draft resolution ", " ", " ",
                "Enhancement of international cooperation in the field of human rights ", " ", " ",
                "The General Assembly, ", " ",
                "Reaffirming its commitment to promoting international cooperation, as set forth in the ",
                "Charter of the United Nations, in particular Article 1, paragraph 3, as well as relevant ",
                "provisions of the Vienna Declaration and Programme of Action adopted by the World ",
                "Conference on Human Rights on 25 June 1993,1 for enhancing genuine cooperation among ",
                "Member States in the field of human rights, ", " ",
                "Recalling its adoption of the United Nations Millennium Declaration on 8 September ",
                "__________________ ", " ",
                "* On behalf of the States Members of the United Nations that are members of the Movement of ",
                "Non-Aligned Countries. ", " ", "1 A/CONF.157/24 (Part I), chap. III. ", "",
                "A/C.3/67/L.34 ", " ", "12-58888 ", "2/2 ", " ",
                "20002 and its resolution 66/152 of 19 December 2011, ", " ",
                "1. ", "Reaffirms that it is one of the purposes of the United Nations and the responsibility of all ",
                "Member States to promote, protect and encourage respect for human rights and fundamental ",
                "freedoms through, inter alia, international cooperation; ", " ",
                "2. Decides to continue its consideration of the question at its sixty-eighth session. ",
                "__________________ ", " ", "2 Resolution 55/2. ", "");
        Resolution r = parse(text);
        assertEquals("A/C.3/67/L.34", r.symbol());
        assertEquals(ResolutionKind.DRAFT, r.kind());
        assertEquals(67, r.session());
        assertEquals(LocalDate.of(2012, 11, 9), r.date());
        assertEquals("Enhancement of international cooperation in the field of human rights", r.title());
        assertEquals(2, r.preamble().size());
        assertEquals("Recalling its adoption of the United Nations Millennium Declaration on 8 September 2000 and "
                + "its resolution 66/152 of 19 December 2011,", r.preamble().get(1).text());
        assertEquals(List.of("Reaffirms", "Decides"), r.operative().stream().map(Clause::leadingWord).toList());
        assertEquals(List.of("*", "1", "2"), r.footnotes().stream().map(Footnote::mark).toList());
        assertEquals("On behalf of the States Members of the United Nations that are members of the Movement of "
                + "Non-Aligned Countries.", r.footnotes().get(0).text());
    }

    @Test
    void oneLinePerParagraphWithSubparagraphsInline() throws NotAResolutionException {
        // Made-up one-line export of A/RES/72/186 OP 6 and OP 7.
        String text = "72/186. The role of the Ombudsman, mediator and other national human rights institutions in "
                + "the promotion and protection of human rights\r\n\r\nThe General Assembly,\r\n\r\n"
                + "Recognizing the role of the existing Ombudsman, whether a male or female, mediator and other "
                + "national human rights institutions in the promotion and protection of human rights and "
                + "fundamental freedoms,\r\n\r\n"
                + "1. Encourages the Ombudsman, mediator and other national human rights institutions, where they "
                + "exist: (a) To cooperate with relevant State bodies and develop cooperation with civil society "
                + "organizations; (b) To conduct awareness-raising activities on their roles and functions, in "
                + "collaboration with all relevant stakeholders; and (c) To engage with the International Ombudsman "
                + "Institute;\r\n\r\n"
                + "2. Requests the Secretary-General to report on paragraph 1 (b) of the present resolution.\r\n";
        Resolution r = parse(text);
        Clause op1 = r.operative().get(0);
        assertEquals("Encourages the Ombudsman, mediator and other national human rights institutions, where they exist:",
                op1.text());
        assertEquals(List.of("a", "b", "c"), op1.subparagraphs().stream().map(SubParagraph::label).toList());
        assertEquals("To conduct awareness-raising activities on their roles and functions, in collaboration with "
                + "all relevant stakeholders; and", op1.subparagraphs().get(1).text());
        assertTrue(r.operative().get(1).subparagraphs().isEmpty(), "a cited \"(b)\" is not a sub-paragraph");
        assertNull(r.date());
        assertTrue(r.warnings().contains("no adoption date found"), r.warnings().toString());
    }

    @Test
    void htmlFormattingTagsAreRemoved() throws NotAResolutionException {
        // Made-up HTML export of A/RES/61/168's opening.
        String text = "<p>61/168. Enhancement of international cooperation in the field of human rights</p>\n\n"
                + "<p>The General Assembly,</p>\n\n"
                + "<p><i>Reaffirming</i> that dialogue among religions, cultures and civilizations in the field of "
                + "human rights could contribute greatly to the enhancement of international cooperation in this "
                + "field,</p>\n\n<p>1. <em>Decides</em> to continue its consideration of the question at its "
                + "sixty-second session.</p>\n\n<p><i>81st plenary meeting<br/>19 December 2006</i></p>\n";
        Resolution r = parse(text);
        assertEquals("A/RES/61/168", r.symbol());
        assertEquals(LocalDate.of(2006, 12, 19), r.date());
        assertTrue(r.preamble().get(0).text().startsWith("Reaffirming that dialogue"));
        assertEquals("Decides to continue its consideration of the question at its sixty-second session.",
                r.operative().get(0).text());
    }

    @Test
    void romanNumberedItemsStayInsideTheirLetteredSubparagraph() throws NotAResolutionException {
        // Made-up: A/RES/79/175 OP 8 (h) given roman items, then the next letter, (i), as printed.
        String text = "79/175. The right to privacy in the digital age\n\nThe General Assembly,\n\n"
                + "Recognizing that the same rights that people have offline must also be protected online,\n\n"
                + "1. Calls upon all States:\n\n"
                + "(a) To respect and protect the right to privacy;\n\n"
                + "(b) To consider developing or maintaining:\n\n"
                + "(i) legislation;\n\n(ii) regulations; and\n\n(iii) policies;\n\n"
                + "(c) To consider adopting data protection legislation;\n\n"
                + "(d) To h;\n\n(e) To e;\n\n(f) To f;\n\n(g) To g:\n\n(i) a first item;\n\n(ii) a second item;\n\n"
                + "(h) To h;\n\n(i) To i, a letter after (h);\n\n"
                + "2. Decides to continue its consideration of the question at its eighty-first session.\n";
        Resolution r = parse(text);
        List<SubParagraph> subs = r.operative().get(0).subparagraphs();
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"),
                subs.stream().map(SubParagraph::label).toList());
        // Nested levels are kept: (b) and (g) lead into roman items of their own.
        assertEquals("To consider developing or maintaining:", subs.get(1).text());
        assertEquals(List.of("i", "ii", "iii"), subs.get(1).subparagraphs().stream().map(SubParagraph::label).toList());
        assertEquals("regulations; and", subs.get(1).subparagraphs().get(1).text());
        assertEquals("To g:", subs.get(6).text());
        assertEquals(List.of("i", "ii"), subs.get(6).subparagraphs().stream().map(SubParagraph::label).toList());
        assertEquals("To i, a letter after (h);", subs.get(8).text());
        assertTrue(subs.get(8).subparagraphs().isEmpty());
    }

    @Test
    void sectionHeadingsBetweenParagraphsAreNotClauseText() throws NotAResolutionException {
        // Made-up: clauses of A/RES/79/177 under section headings, as long resolutions print them.
        String text = "79/177. The role of Ombudsman and mediator institutions in the promotion and protection of "
                + "human rights, good governance and the rule of law\n\nThe General Assembly,\n\n"
                + "Recalling the principles relating to the status of national institutions for the promotion "
                + "and protection of human rights (the Paris Principles),\n\nI\n\n"
                + "1. Takes note of the report of the Secretary-General;\n\n"
                + "II\nCooperation with the Office of the High Commissioner\n\n"
                + "2. Welcomes the active participation of the Office of the High Commissioner in all "
                + "international and regional meetings of Ombudsman and mediator institutions;\n\n"
                + "B.\n\n3. Requests the Secretary-General to report to the General Assembly at its "
                + "eighty-first session.\n\nAnnual report\n\n53rd plenary meeting\n17 December 2024\n";
        Resolution r = parse(text);
        assertEquals(1, r.preamble().size());
        assertTrue(r.preamble().get(0).text().endsWith("(the Paris Principles),"));
        assertEquals("Takes note of the report of the Secretary-General;", r.operative().get(0).text());
        assertEquals("Welcomes the active participation of the Office of the High Commissioner in all international "
                + "and regional meetings of Ombudsman and mediator institutions;", r.operative().get(1).text());
        assertEquals("Requests the Secretary-General to report to the General Assembly at its eighty-first session. "
                + "Annual report", r.operative().get(2).text(), "a short line with no numbered paragraph after it is text");
        // The headings are kept as headings, and the clauses know their section.
        assertEquals(List.of("I", "II Cooperation with the Office of the High Commissioner", "B."),
                r.headings().stream().map(h -> h.display()).toList());
        assertEquals(List.of("I", "II", "II.B"), r.headings().stream().map(h -> h.path()).toList());
        assertEquals(List.of("I", "II", "II.B"), r.operative().stream().map(Clause::section).toList());
        assertEquals(List.of("OP 1", "OP 2", "OP 3"), r.operative().stream().map(Clause::label).toList());
    }

    @Test
    void generalAssemblyAndFirstClauseOnOneLine() throws NotAResolutionException {
        // Made-up run-in layout of A/RES/61/168's opening.
        Resolution r = parse("61/168. Enhancement of international cooperation in the field of human rights\n\n"
                + "The General Assembly, Reaffirming that dialogue among religions, cultures and civilizations in the "
                + "field of human rights could contribute greatly to the enhancement of international cooperation in "
                + "this field,\n\n1. Decides to continue its consideration of the question at its sixty-second session.\n");
        assertEquals(1, r.preamble().size());
        assertTrue(r.preamble().get(0).text().startsWith("Reaffirming that dialogue"));
        assertEquals(1, r.operative().size());
    }

    @Test
    void withoutTheGeneralAssemblyLineClausesFollowTheTitle() throws NotAResolutionException {
        // Made-up: A/RES/61/168 with its "The General Assembly," line lost.
        Resolution r = parse("61/168. Enhancement of international cooperation in the field of human rights\n\n"
                + "Reaffirming that dialogue among religions, cultures and civilizations in the field of human rights "
                + "could contribute greatly to the enhancement of international cooperation in this field,\n\n"
                + "1. Decides to continue its consideration of the question at its sixty-second session.\n");
        assertEquals("Enhancement of international cooperation in the field of human rights", r.title());
        assertEquals(1, r.preamble().size());
        assertEquals(1, r.operative().size());
        assertTrue(r.warnings().contains("no \"The General Assembly,\" line: clauses read from after the title"),
                r.warnings().toString());
    }
}
