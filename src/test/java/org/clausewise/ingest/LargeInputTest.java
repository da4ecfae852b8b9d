package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.clausewise.model.Resolution;
import org.junit.jupiter.api.Test;

/**
 * Texts near the 5 MB limit parse in linear time: no step may rescan the whole text per line.
 * Made-up texts built from corpus phrases.
 */
class LargeInputTest {
    @Test
    void fourMegabytesOfHyphenBreaksInOneParagraph() {
        StringBuilder sb = new StringBuilder("79/175. The right to privacy in the digital age\n\nThe General Assembly,\n\n"
                + "Recalling the role of");
        while (sb.length() < 4_000_000) {
            sb.append(" multi-\nstakeholder partners in the digital age and far-\nreaching implications");
        }
        sb.append(",\n\n1. Decides to continue its consideration of the question at its eighty-first session.\n");
        Resolution r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new ResolutionParser().parse(sb.toString(), "large.txt"));
        assertEquals(1, r.preamble().size());
        assertTrue(r.preamble().get(0).text().contains(" multi-stakeholder partners in the digital age and far-reaching "));
    }

    @Test
    void manySubparagraphsAndFootnotes() {
        StringBuilder sb = new StringBuilder("79/175. The right to privacy in the digital age\n\nThe General Assembly,\n\n"
                + "Recalling the purposes and principles of the Charter of the United Nations,\n\n1. Calls upon all States:\n");
        for (int i = 0; sb.length() < 3_000_000; i++) {
            sb.append("\n(").append((char) ('a' + i % 26)).append(") To respect and protect the right to privacy;\n");
            if (i % 26 == 25) {
                sb.append("\n__________________\n\n1 Resolution 217 A (III).\n\n");
            }
        }
        Resolution r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new ResolutionParser().parse(sb.toString(), "large.txt"));
        assertEquals(1, r.operative().size());
        assertEquals(26, r.operative().get(0).subparagraphs().size());
        assertEquals(51, r.warnings().size(), "warnings are capped");
        assertTrue(r.warnings().get(50).endsWith("more warnings of the same kinds"), r.warnings().get(50));
    }
}
