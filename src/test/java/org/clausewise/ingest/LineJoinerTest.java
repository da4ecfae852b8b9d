package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Joining hard-wrapped lines. */
class LineJoinerTest {
    private static String join(LineJoiner joiner, String... lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            joiner.append(sb, l);
        }
        return sb.toString();
    }

    @Test
    void hardWrapsBecomeSpaces() {
        // A-RES-67-169.txt
        assertEquals("Reaffirming its commitment to promoting international cooperation, as set forth in the Charter",
                join(LineJoiner.withoutVocabulary(), "Reaffirming its commitment to promoting international cooperation, as set",
                        "forth in the Charter"));
    }

    @Test
    void aHyphenAtLineEndIsARealHyphen() {
        // A-RES-79-175.txt: "far-\nreaching", "machine-\nlearning", "self-\nprotection"
        assertEquals("can also have various far-reaching implications",
                join(LineJoiner.withoutVocabulary(), "can also have various far-", "reaching implications"));
        assertEquals("artificial intelligence or machine-learning technologies",
                join(LineJoiner.withoutVocabulary(), "artificial intelligence or machine-", "learning technologies"));
    }

    @Test
    void aWordBrokenAcrossLinesIsMendedWhenTheTextSpellsItWhole() {
        // Made-up wrap of a corpus sentence: "communi-\ncations" while "communications" occurs elsewhere.
        List<Line> doc = LineCleaner.clean("the confidentiality of digital communications and transactions\n"
                + "information and communi-\ncations technologies\nnon-governmental organizations");
        LineJoiner joiner = LineJoiner.forDocument(doc);
        assertEquals("information and communications technologies",
                join(joiner, "information and communi-", "cations technologies"));
        assertEquals("encourages non-governmental organizations",
                join(joiner, "encourages non-", "governmental organizations"));
    }

    @Test
    void oneWordPerLineIsJoinedWithSpaces() {
        assertEquals("Recalling its resolution 68/167 of 18 December 2013,",
                join(LineJoiner.withoutVocabulary(), "Recalling", "its", "resolution", "68/167", "of", "18", "December",
                        "2013,"));
    }
}
