package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausewise.model.Footnote;
import org.clausewise.model.FootnoteRef;
import org.clausewise.model.Resolution;
import org.junit.jupiter.api.Test;

/** Paragraph and footnote structure on cut-outs of the corpus, each wrapped in a minimal heading. */
class BodyShapesTest {
    private static Resolution parse(String body) throws NotAResolutionException {
        return new ResolutionParser().parse("67/169. Enhancement of international cooperation in the field of\n"
                + "human rights\n\nThe General Assembly,\n\n" + body, "cut-out.txt");
    }

    @Test
    void ocrFootnotesInMidTextWithGarbledMarks() throws NotAResolutionException {
        // A-RES-67-169.txt: footnotes between two preambular paragraphs, no rule, marks "!" and "%" for 1 and 3.
        Resolution r = parse("Recognizing that the enhancement of international cooperation in the field of\n"
                + "human rights is essential for the full achievement of the purposes of the United\n"
                + "Nations, including the effective promotion and protection of all human rights,\n\n"
                + "! AICONF.157/24 (Part 1), chap. 111.\n2 Resolution 55/2.\n\n"
                + "% See Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53 and corrigendum\n"
                + "(A/67/53 and Corr.1), chap. 11, sect. A.\n\n4 Resolution 66/3.\n"
                + " Recognizing also that the promotion and protection of human rights should be\n"
                + "based on the principle of cooperation and genuine dialogue,\n");
        assertEquals(2, r.preamble().size());
        assertTrue(r.preamble().get(1).text().startsWith("Recognizing also that"));
        assertEquals(List.of("1", "2", "3", "4"), r.footnotes().stream().map(Footnote::mark).toList());
        assertEquals("See Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53 and "
                + "corrigendum (A/67/53 and Corr.1), chap. 11, sect. A.", r.footnotes().get(2).text());
        assertTrue(r.warnings().contains("line 10: unreadable footnote mark read as 1"), r.warnings().toString());
    }

    @Test
    void paragraphRunningOnAfterFootnotesAtAPageBottom() throws NotAResolutionException {
        // A-67-draft-Third-Committee.txt: a page break in mid-paragraph, with the page's footnotes in between.
        Resolution r = parse("Recalling also the World Conference against Racism, held at Durban, and the political "
                + "declaration of the high-level meeting of the General Assembly to commemorate the tenth "
                + "anniversary of the adoption of the Durban\n\n"
                + "* On behalf of the States Members of the United Nations that are members of the Movement of "
                + "Non-Aligned Countries.\n\n\u00B9 A/CONF.157/24 (Part I), chap. III.\n\n\n\n"
                + "Declaration and Programme of Action,\u2074 and their role in the enhancement of international "
                + "cooperation in the field of human rights,\n");
        assertEquals(1, r.preamble().size());
        assertEquals("Recalling also the World Conference against Racism, held at Durban, and the political "
                + "declaration of the high-level meeting of the General Assembly to commemorate the tenth "
                + "anniversary of the adoption of the Durban Declaration and Programme of Action, and their role "
                + "in the enhancement of international cooperation in the field of human rights,",
                r.preamble().get(0).text());
        FootnoteRef ref = r.preamble().get(0).footnoteRefs().get(0);
        assertEquals("4", ref.mark());
        assertEquals(r.preamble().get(0).text().indexOf("Action,") + "Action,".length(), ref.offset());
        assertEquals(List.of("*", "1"), r.footnotes().stream().map(Footnote::mark).toList());
    }

    @Test
    void officialLayoutNumberOnItsOwnLineRuledFootnotesAndSignature() throws NotAResolutionException {
        // A-RES-72-186.txt: "1." alone, then its text; footnotes under a rule; the signature block last.
        Resolution r = parse("Noting with satisfaction the active work of the Association of Mediterranean \n"
                + "Ombudsmen, \n \n1. \nTakes note of the report of the Secretary-General;6 \n"
                + "__________________ \n \n6  A/72/230. \n \n"
                + "2. \nRequests the Secretary-General to report to the General Assembly at its \n"
                + "seventy-fifth session. \n \n73rd plenary meeting  \n19 December 2017 \n \n");
        assertEquals("Takes note of the report of the Secretary-General;", r.operative().get(0).text());
        assertEquals("Requests the Secretary-General to report to the General Assembly at its seventy-fifth session.",
                r.operative().get(1).text());
        assertEquals(List.of(new Footnote("6", "A/72/230.")), r.footnotes());
        assertEquals("2017-12-19", String.valueOf(r.date()));
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void wordProcessorExportOneParagraphPerTabbedLineFootnotesAtTheEnd() throws NotAResolutionException {
        // A-RES-69-179.txt: tab-indented paragraphs without blank lines, footnotes after the signature.
        Resolution r = parse("\tRecalling its adoption of the United Nations Millennium Declaration on 8 September 20002 "
                + "and its resolution 68/160,\n\tRecognizing that the enhancement of international cooperation "
                + "is essential,1\n\t1.\tReaffirms that it is one of the purposes of the United Nations;\n"
                + "\t2.\tDecides to continue its consideration of the question at its seventieth session.\n\n"
                + "73rd plenary meeting\n18 December 2014\n\n1 A/CONF.157/24 (Part I), chap. III.\n2 Resolution 55/2.\n"
                + "[DU1]<<ODS JOB NO>>N1470807E<<ODS JOB NO>>\n");
        assertEquals(2, r.preamble().size());
        assertEquals("Recalling its adoption of the United Nations Millennium Declaration on 8 September 2000 and its "
                + "resolution 68/160,", r.preamble().get(0).text());
        assertEquals("Recognizing that the enhancement of international cooperation is essential,",
                r.preamble().get(1).text());
        assertEquals(2, r.operative().size());
        assertEquals(2, r.footnotes().size());
    }

    @Test
    void footnoteRunningOnToTheNextPageStaysAFootnote() throws NotAResolutionException {
        // Made-up page layout with A-RES-72-186.txt's footnote 4 split over two pages.
        Resolution r = parse("Recalling Human Rights Council resolutions 23/17 of 13 June 2013,3 27/18 of 25 September \n"
                + "20144 and 33/15 of 29 September 2016,5 \n__________________ \n \n"
                + "3  See Official Records of the General Assembly, Sixty-eighth Session, Supplement No. 53 \n"
                + "(A/68/53), chap. V, sect. A.  \n \n4  Ibid., Sixty-ninth Session, Supplement No. 53A and corrigenda "
                + "(A/69/53/Add.1, \n\nA/RES/72/186 \n \n17-23182 \n2/4 \n \n"
                + "1. \nTakes note of the report of the Secretary-General; \n__________________ \n \n"
                + "A/69/53/Add.1/Corr.1 and A/69/53/Add.1/Corr.2), chap. IV, sect. A. \n \n"
                + "5  Ibid., Seventy-first Session, Supplement No. 53 and corrigendum (A/71/53/Add.1 and \n"
                + "A/71/53/Add.1/Corr.1), chap. II.  \n\nA/RES/72/186 \n \n17-23182 \n3/4 \n \n"
                + "2. \nRequests the Secretary-General to report to the General Assembly. \n");
        assertEquals("Takes note of the report of the Secretary-General;", r.operative().get(0).text());
        assertEquals("Ibid., Sixty-ninth Session, Supplement No. 53A and corrigenda (A/69/53/Add.1, "
                + "A/69/53/Add.1/Corr.1 and A/69/53/Add.1/Corr.2), chap. IV, sect. A.",
                r.footnotes().stream().filter(f -> f.mark().equals("4")).findFirst().orElseThrow().text());
        assertEquals(2, r.operative().size());
    }

    @Test
    void singleAndDoubleAsteriskFootnotesStayApart() throws NotAResolutionException {
        // Made up in the shape of an amendment's first page: "*" and "**" marks, each with its note under the rule.
        Resolution r = parse("Recalling the Convention,* and noting the Treaty,**\n\n1. Decides to test;\n\n"
                + "2. Requests a report.\n\n__________________\n* First note text here.\n** Second note text here.\n");
        assertEquals(List.of(new Footnote("*", "First note text here."), new Footnote("**", "Second note text here.")),
                r.footnotes());
        assertEquals("Recalling the Convention, and noting the Treaty,", r.preamble().get(0).text());
    }

    @Test
    void aParagraphThatAdoptsTheTextBelowIsOperative() throws NotAResolutionException {
        // Made up in the shape of A/RES/79/1 ("Adopts the following Pact …:", the Pact's numbered
        // paragraphs under its title) and of the Working Capital Fund resolutions ("Resolves that:").
        Resolution adopts = parse("Adopts the following Made-up Pact and its annexes:\n\nThe Made-up Pact\n\n"
                + "1. We, the made-up States, meet here.\n\n2. We will do made-up things.\n");
        assertEquals(0, adopts.preamble().size());
        assertEquals(List.of("OP", "OP 1", "OP 2"), adopts.operative().stream().map(c -> c.label()).toList());
        Resolution resolves = parse("Resolves that:\n\n1. The made-up fund shall be established;\n\n"
                + "2. Member States shall make advances to it.\n");
        assertEquals(0, resolves.preamble().size());
        assertEquals(3, resolves.operative().size());
        // A preambular paragraph ending with a colon stays one.
        Resolution recalls = parse("Recalling its earlier texts:\n\n1. Decides to go on.\n");
        assertEquals(1, recalls.preamble().size());
    }

    @Test
    void actionHeadingsWithTitlesOverTwoLinesStandApart() throws NotAResolutionException {
        // Made up in the shape of the Pact for the Future: chapters, then numbered actions whose
        // one-sentence titles wrap, numbering running on across them.
        Resolution r = parse("Adopts the following Made-up Pact:\n\nThe Made-up Pact\n\n"
                + "1. We, the made-up States, meet here.\n\nI. First chapter\n\n"
                + "Action 1. We will do the first made-up thing for all the made-up people of the\n"
                + "world, in good time.\n\n2. We note the first thing. We decide to:\n\n(a) Do it;\n\n(b) Do it well.\n\n"
                + "Action 2. We will do the second made-up thing.\n\n3. We note the second thing.\n");
        assertEquals(List.of("OP", "OP 1", "OP 2", "OP 3"), r.operative().stream().map(c -> c.label()).toList());
        assertEquals("We note the first thing. We decide to:", r.operative().get(2).text());
        assertEquals(List.of("Action 1.", "Action 2."), r.headings().stream().map(h -> h.label())
                .filter(l -> l.startsWith("Action")).toList());
        assertEquals("We will do the first made-up thing for all the made-up people of the world, in good time.",
                r.headings().stream().filter(h -> h.label().equals("Action 1.")).findFirst().orElseThrow().text());
        assertEquals(List.of(), r.warnings().stream().filter(w -> w.contains("joined")).toList());
    }
}
