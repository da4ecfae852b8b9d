package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line-level cleaning, each rule on a cut-out of a corpus text. */
class LineCleanerTest {
    private static String clean(String line) {
        return LineCleaner.cleanLine(1, line).text();
    }

    @Test
    void markdownEmphasisIsRemovedButTheWordsStay() {
        // A-RES-61-168.txt and A-RES-65-218.txt
        assertEquals("1. Reaffirms that it is one of the purposes",
                clean("1. *Reaffirms* that it is one of the purposes"));
        assertEquals("Reaffirming its commitment to promoting",
                clean("*Reaffirming its commitment* to promoting"));
        assertEquals("Sixty-fifth session Agenda item 68 (b)", clean("**Sixty-fifth session** Agenda item 68 (*b*)"));
    }

    @Test
    void markdownHeadingMarksAreRemoved() {
        assertEquals("65/218. Enhancement of international cooperation in the field of human rights",
                clean("## 65/218. Enhancement of international cooperation in the field of human rights"));
        assertEquals("The General Assembly,", clean("## The General Assembly,"));
    }

    @Test
    void supMarkersBecomeExplicitMarkers() {
        // A-RES-65-218.txt: "25 June 1993<sup>1</sup> for"
        assertEquals("25 June 1993" + Markers.of("1") + " for", clean("25 June 1993<sup>1</sup> for"));
    }

    @Test
    void brokenEscapedSupAtAFootnoteIsRepaired() {
        // A-RES-65-218.txt: the "&" of "&lt;sup>" wrapped in a sup of its own
        assertEquals(Markers.of("3") + " See Official Records",
                clean("<sup>&</sup>lt;sup>3</sup> See Official Records"));
    }

    @Test
    void latexLikeMarkersKeepTheYearAndMarkTheFootnote() {
        // A-RES-65-218.txt: "8 September  $2000^2$  and of its resolution"
        assertEquals("8 September 2000" + Markers.of("2") + " and of its resolution",
                clean("8 September  $2000^2$  and of its resolution"));
    }

    @Test
    void unicodeSuperscriptsBecomeExplicitMarkers() {
        // A-RES-61-168.txt: "8 September 2000² and", "session,⁴"
        assertEquals("8 September 2000" + Markers.of("2") + " and", clean("8 September 2000\u00B2 and"));
        assertEquals("fifty-second session," + Markers.of("4"), clean("fifty-second session,\u2074"));
        assertEquals(Markers.of("12") + " See", clean("\u00B9\u00B2 See"));
    }

    @Test
    void wordProcessorCommentMarksAndTabsGo() {
        // A-RES-69-179.txt
        Line line = LineCleaner.cleanLine(1, "\t1.\tReaffirms that it is one[DU1] of the purposes");
        assertEquals("1. Reaffirms that it is one of the purposes", line.text());
        assertTrue(line.indented(), "a leading tab is a first-line indent");
        assertEquals("", clean("[DU1]"));
    }

    @Test
    void odsMetadataAndBarcodesAreFurniture() {
        assertTrue(LineCleaner.cleanLine(1, "[DU1]<<ODS JOB NO>>N1470807E<<ODS JOB NO>>").furniture());
        assertTrue(LineCleaner.cleanLine(1, "*2424216* ").furniture());
        assertTrue(LineCleaner.cleanLine(1, "*1467668*Please recycle ").furniture());
        assertFalse(LineCleaner.cleanLine(1, "*81st plenary meeting").furniture());
    }

    @Test
    void spacesAreCollapsedButTypographyIsKept() {
        // A-RES-79-175.txt: trailing spaces, double spaces, typographic quotes
        assertEquals("Implementing the United Nations \u201CProtect, Respect and Remedy\u201D",
                clean("Implementing the United Nations \u201CProtect, Respect and Remedy\u201D "));
        assertEquals("freedom of opinion and expression 17 and the relevant",
                clean("freedom of opinion and expression 17  and the relevant"));
        assertEquals("non\u2011governmental", clean("non\u2011governmental"));
    }

    @Test
    void everyKindOfLineBreakSplitsLines() {
        List<Line> lines = LineCleaner.clean("\uFEFFa\r\nb\rc\fd\ne");
        // A form feed is a page break too: it stands as an empty line of page furniture.
        assertEquals(List.of("a", "b", "c", "", "d", "e"), lines.stream().map(Line::text).toList());
        assertEquals(List.of(false, false, false, true, false, false), lines.stream().map(Line::furniture).toList());
        assertEquals(5, lines.get(5).number());
    }

    @Test
    void bracketedFootnoteMarksFromWebExports() {
        // Made-up web rendering of A-RES-79-175.txt: "Human Rights[1] and", footnote "[1] Resolution 217 A (III)."
        assertEquals("Universal Declaration of Human Rights" + Markers.of("1") + " and",
                clean("Universal Declaration of Human Rights[1] and"));
        assertEquals(Markers.of("1") + " Resolution 217 A (III).", clean("[1] Resolution 217 A (III)."));
        assertEquals("Political Rights" + Markers.of("2") + " and", clean("Political Rights[^2] and"));
        assertEquals(Markers.of("2") + " See resolution 2200 A (XXI), annex.", clean("[^2]: See resolution 2200 A (XXI), annex."));
    }
}
