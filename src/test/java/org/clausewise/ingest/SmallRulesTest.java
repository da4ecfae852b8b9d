package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** OCR garbage, dates and session names, footnote starts. */
class SmallRulesTest {
    @Test
    void ocrGarbageLinesAreRecognised() {
        assertTrue(GarbageLines.isGarbage("\u044B..... ... \u041F")); // A-RES-65-218.txt
        assertTrue(GarbageLines.isGarbage("------------------------------------------------------------"));
        assertFalse(GarbageLines.isGarbage("(a)"));
        assertFalse(GarbageLines.isGarbage("1."));
        assertFalse(GarbageLines.isGarbage("2/12"));
        assertFalse(GarbageLines.isGarbage("A/CONF.157/24 (Part I), chap. III."));
        assertFalse(GarbageLines.isGarbage("session."));
    }

    @Test
    void sessionNamesAndDates() {
        assertEquals(67, EnglishDates.sessionNamed("Distr.: Limited 9 November 2012 Sixty-seventh session Third Committee"));
        assertEquals(79, EnglishDates.ordinal("Seventy-ninth"));
        assertEquals(70, EnglishDates.ordinal("Seventieth"));
        assertEquals(101, EnglishDates.ordinal("One hundred and first"));
        assertNull(EnglishDates.ordinal("Third"  + " Committee"));
        assertEquals(LocalDate.of(2017, 12, 19), EnglishDates.firstDate("on 19 December 2017"));
        assertNull(EnglishDates.firstDate("on 31 February 2017"));
        assertTrue(EnglishDates.startsWithMonth("December 2014, and"));
    }

    @Test
    void footnoteStarts() {
        assertEquals(new FootnoteLine("1", FootnoteLine.Kind.DIGITS, "Resolution 217 A (III)."),
                FootnoteLine.parse("1  Resolution 217 A (III)."));
        assertEquals(new FootnoteLine("*", FootnoteLine.Kind.STAR, "On behalf of the States Members"),
                FootnoteLine.parse("* On behalf of the States Members"));
        assertEquals(new FootnoteLine("3", FootnoteLine.Kind.EXPLICIT, "See Official Records"),
                FootnoteLine.parse(Markers.of("3") + " See Official Records"));
        assertEquals(FootnoteLine.Kind.GARBLED, FootnoteLine.parse("! AICONF.157/24 (Part 1), chap. 111.").kind());
        assertNull(FootnoteLine.parse("1. Reaffirms that"));
        assertNull(FootnoteLine.parse("(a) To consider"));
    }
}
