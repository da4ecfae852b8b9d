package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs built to hit the worst case of a regular expression or a recursion (issue 14). Each
 * took from seconds to forever, or overflowed the stack, before the scans replaced them. The
 * time limits are hang guards, far above the milliseconds these take now, not speed figures.
 */
class HostileInputTest {
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final int MEGABYTE = 1 << 20;

    private static String repeat(String piece, int length) {
        return piece.repeat(length / piece.length() + 1).substring(0, length);
    }

    private static String cleanInTime(String line) {
        return assertTimeoutPreemptively(HANG, () -> LineCleaner.cleanLine(1, line).text());
    }

    @Test
    void unclosedEmphasisOpenersOnAMegabyteLine() {
        String line = repeat("(_x_x", MEGABYTE);
        assertEquals(MEGABYTE, cleanInTime(line).length(), "nothing closes, so nothing is removed");
        assertEquals(MEGABYTE, cleanInTime(repeat("(*x*x", MEGABYTE)).length());
    }

    @Test
    void unclosedTagsOnAMegabyteLine() {
        String line = repeat("<p ", MEGABYTE);
        assertEquals(line.strip(), cleanInTime(line));
        assertEquals("", cleanInTime(line + ">"), "one tag from the first <p to the only >");
    }

    @Test
    void supAndLatexMarksAroundLongRunsOfSpaces() {
        String spaces = " ".repeat(MEGABYTE / 4);
        cleanInTime("<sup>" + spaces + "x" + spaces);
        cleanInTime("$" + spaces + "x" + spaces + "^" + spaces + "{" + spaces);
        assertEquals("2000" + Markers.of("2") + " and", cleanInTime("$2000 ^ { 2 } $ and"));
    }

    @Test
    void aLongSymbolLikeLineDoesNotOverflowTheStack() {
        String line = "A" + repeat("/1", 400_000);
        List<Line> lines = LineCleaner.clean("The General Assembly,\n" + line + "\n24-24216 (E)\n");
        boolean[] furniture = assertTimeoutPreemptively(HANG, () -> PageFurniture.find(lines, null, null));
        assertTrue(furniture[1], "a symbol next to a job number is a page header");
        assertTrue(PageFurniture.isSymbolAlone("A/C.3/78/L.12"));
    }

    /** Found by fuzzing: Java's \\b scans back over every combining mark before it, at every position. */
    @Test
    void aLongRunOfCombiningMarksInTheCover() {
        String text = "United Nations\nDistr.: General\na" + "\u0301".repeat(100_000)
                + "\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n1. Decides to remain seized of the matter.\n";
        var r = assertTimeoutPreemptively(HANG, () -> new ResolutionParser().parse(text, "marks.txt"));
        assertEquals(1, r.operative().size());
    }

    @Test
    void wholeTextsWithTheseLinesParseInTime() {
        String head = "79/175. The right to privacy in the digital age\n\nThe General Assembly,\n\n";
        for (String body : List.of(repeat("(_x_x", MEGABYTE), repeat("<p <p ", MEGABYTE), "A" + repeat("/1", MEGABYTE / 2))) {
            String text = head + "Recalling " + body + ",\n\n1. Decides to remain seized of the matter.\n";
            var r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new ResolutionParser().parse(text, "hostile.txt"));
            assertEquals(1, r.operative().size());
        }
    }
}
