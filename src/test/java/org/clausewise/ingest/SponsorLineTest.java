package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sponsor line's scan finds what the quadratic expression it replaced found. */
class SponsorLineTest {
    private static final Pattern OLD = Pattern.compile(
            "(.*?):?\\**\\s*(draft resolution|draft decision|amendments? to (?:the )?draft (?:resolution|decision)\\b.*)",
            Pattern.CASE_INSENSITIVE);
    private static final String[] TOKENS = {"France", "Spain", ",", ":", "*", "**", " ", "  ", "and",
        "draft resolution", "Draft Resolution", "draft decision", "amendment to draft resolution",
        "amendments to the draft decision", "amendment to draft resolutions", "A/80/L.18", "s", "\t"};

    @Test
    void examples() {
        assertEquals("Austria, France and Spain", DocumentInfoReader.sponsorsBefore("Austria, France and Spain:* draft resolution"));
        assertEquals("Russian Federation",
                DocumentInfoReader.sponsorsBefore("Russian Federation:* amendment to draft resolution A/80/L.18"));
        assertEquals("", DocumentInfoReader.sponsorsBefore("draft decision"));
        assertNull(DocumentInfoReader.sponsorsBefore("Recalling its draft resolution of last year,"));
    }

    @Test
    void sameAnswersAsTheOldExpressionOnRandomLines() {
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                line.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            String s = line.toString();
            Matcher m = OLD.matcher(s);
            String expected = m.matches() ? m.group(1) : null;
            assertEquals(expected, DocumentInfoReader.sponsorsBefore(s), () -> "on '" + s + "'");
        }
    }

    @Test
    void aLongRunOfStarsIsQuick() {
        String line = "A made-up title of" + "*".repeat(200_000) + " draft resolution";
        assertEquals("A made-up title of", DocumentInfoReader.sponsorsBefore(line));
    }
}
