package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.clausewise.model.FootnoteRef;
import org.junit.jupiter.api.Test;

/** Footnote markers in clause text, each shape on a cut-out of a corpus text. */
class MarkerStripperTest {
    private static Set<Integer> footnotes(int n) {
        return IntStream.rangeClosed(1, n).boxed().collect(Collectors.toSet());
    }

    @Test
    void digitGluedToAYearIsSplitByTheExpectedFootnoteNumber() {
        // A-RES-67-169.txt: footnote 1 was cited before, so "20002" is 2000 + marker 2.
        MarkerStripper s = new MarkerStripper(footnotes(5));
        s.strip("on 25 June 1993" + Markers.of("1") + " for");
        MarkerStripper.Stripped r = s.strip("Declaration on 8 September 20002 and its resolution 66/152");
        assertEquals("Declaration on 8 September 2000 and its resolution 66/152", r.text());
        assertEquals(List.of(new FootnoteRef("2", "Declaration on 8 September 2000".length())), r.refs());
    }

    @Test
    void twoDigitMarkerGluedToAYear() {
        // A-RES-79-175.txt, top of page 2: "202310 on the right to privacy" after footnote 9.
        MarkerStripper s = new MarkerStripper(footnotes(14));
        s.strip("Programme of Action," + Markers.of("4") + " resolutions 28/16 of 26 March 2015, 5 34/7 of 23 March "
                + "2017, 6 37/2 of 22 March 2018,7 42/15 of 26 September 2019,8 48/4 of 7 October 20219 and 54/21 of 16 October");
        assertEquals("2023 on the right to privacy", s.strip("2023" + "10 on the right to privacy").text());
    }

    @Test
    void digitGluedToAWordOrToPunctuation() {
        // A-RES-79-175.txt
        MarkerStripper s = new MarkerStripper(footnotes(9));
        MarkerStripper.Stripped r = s.strip("the Universal Declaration of Human Rights 1 and relevant international "
                + "human rights treaties, including the International Covenant on Civil and Political Rights2 and "
                + "the International Covenant on Economic, Social and Cultural Rights, 3 as well as the Vienna "
                + "Declaration and Programme of Action,4");
        assertEquals("the Universal Declaration of Human Rights and relevant international human rights treaties, "
                + "including the International Covenant on Civil and Political Rights and the International "
                + "Covenant on Economic, Social and Cultural Rights, as well as the Vienna Declaration and "
                + "Programme of Action,", r.text());
        assertEquals(List.of("1", "2", "3", "4"), r.refs().stream().map(FootnoteRef::mark).toList());
        assertEquals(r.text().indexOf("Rights and") + "Rights".length(), r.refs().get(0).offset());
    }

    @Test
    void spacedMarkersAfterAYearOrAfterAComma() {
        // A-RES-73-179.txt and A-RES-79-175.txt
        MarkerStripper s = new MarkerStripper(footnotes(9));
        s.strip("of Human Rights 1 and relevant international human rights treaties, including the International "
                + "Covenant on Civil and Political Rights2 and the International Covenant on Economic, Social and "
                + "Cultural Rights,2 as well as the Vienna Declaration and Programme of Action,3");
        assertEquals("resolutions 28/16 of 26 March 2015 and 34/7 of 23 March 2017 on the right",
                s.strip("resolutions 28/16 of 26 March 2015 4 and 34/7 of 23 March 2017 5 on the right").text());
        assertEquals("28/16 of 26 March 2015, 34/7 of 23 March 2017, 37/2",
                s.strip("28/16 of 26 March 2015, 6 34/7 of 23 March 2017, 7 37/2").text());
    }

    @Test
    void markerAfterSemicolonOrClosingBracket() {
        // A-RES-72-186.txt: "Takes note of the report of the Secretary-General;6", "(the Paris Principles) 7"
        MarkerStripper s = new MarkerStripper(footnotes(7));
        s.strip("Rights Council resolutions 23/17 of 13 June 2013,3 27/18 of 25 September 20144 and 33/15 of 29 September 2016,5");
        assertEquals("Takes note of the report of the Secretary-General;",
                s.strip("Takes note of the report of the Secretary-General;6").text());
        assertEquals("(the Paris Principles) when assigning",
                s.strip("(the Paris Principles) 7 when assigning").text());
    }

    @Test
    void repeatedReferenceToAnEarlierFootnote() {
        // A-RES-72-186.txt OP 3: "Programme of Action,2" cites footnote 2 again after footnote 6.
        MarkerStripper s = new MarkerStripper(footnotes(7));
        s.strip("Secretary-General;6");
        MarkerStripper.Stripped r = s.strip("in accordance with the Vienna Declaration and Programme of Action,2 it is");
        assertEquals("in accordance with the Vienna Declaration and Programme of Action, it is", r.text());
        assertEquals("2", r.refs().get(0).mark());
    }

    @Test
    void numbersThatBelongToTheTextStay() {
        MarkerStripper s = new MarkerStripper(footnotes(5));
        // "Article 1, paragraph 3" while footnote 1 is due; corrigenda; resolution numbers; a date while 5 is due.
        String text = "in particular Article 1, paragraph 3, as well as A/67/53 and Corr.1 and resolution 2000/22 of 18 August 2000,";
        assertEquals(text, s.strip(text).text());
        assertTrue(s.strip(text).refs().isEmpty());
        MarkerStripper t = new MarkerStripper(footnotes(5));
        t.strip("Rights1 and Action,2 and Council,3 and Geneva,4");
        String dates = "held in Geneva on 4 December 2014 and 5 December 2015,";
        assertEquals(dates, t.strip(dates).text());
    }

    @Test
    void digitsThatAreNotAFootnoteOfTheTextStay() {
        // Only 2 footnotes: "Rights7" cannot be a marker, whatever it is.
        MarkerStripper s = new MarkerStripper(footnotes(2));
        assertEquals("Goal 7 and Rights7 and 2030 Agenda", s.strip("Goal 7 and Rights7 and 2030 Agenda").text());
    }

    @Test
    void asteriskAndStrayClosingQuoteFromOcr() {
        // A-RES-67-169.txt: "Programme of Action,* and", "fifty-second session,”"
        MarkerStripper s = new MarkerStripper(footnotes(5));
        assertEquals("Durban Declaration and Programme of Action, and their role",
                s.strip("Durban Declaration and Programme of Action,* and their role").text());
        MarkerStripper.Stripped r = s.strip("Human Rights at its fifty-second session,\u201D");
        assertEquals("Human Rights at its fifty-second session,", r.text());
        assertTrue(r.strayQuote());
        String quoted = "the United Nations \u201CProtect, Respect and Remedy\u201D";
        assertEquals(quoted, s.strip(quoted).text());
    }
}
