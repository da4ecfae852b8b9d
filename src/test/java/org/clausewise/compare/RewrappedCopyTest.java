package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.clausewise.ingest.ResolutionParser;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real corpus text against a copy of itself made the way a draft and its adopted text differ
 * in print: re-wrapped at another line width, hyphens between letters turned into non-breaking
 * hyphens (U+2011), typographic quotes straightened, footnote markers moved before the comma
 * they followed. Both are parsed; the comparison must show no substantive change at all.
 */
class RewrappedCopyTest {
    private static final Pattern SUPERSCRIPT_AFTER_COMMA = Pattern.compile("([,;])([\u00B9\u00B2\u00B3\u2070-\u2079]+)");
    private static final Pattern DIGIT_AFTER_COMMA = Pattern.compile("(\\p{Ll}),(\\d{1,2})(?= )");
    private static final Pattern HYPHEN_IN_WORD = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

    @ParameterizedTest
    @CsvSource({"A-RES-61-168.txt, 54", "A-RES-61-168.txt, 97", "A-RES-73-179.txt, 61", "A-RES-79-177.txt, 100"})
    void reprintedCopyHasNoSubstantiveChange(String file, int width) throws Exception {
        String raw = Files.readString(CorpusTexts.CORPUS.resolve(file));
        String copy = reprint(raw, width);
        assertNotEquals(raw, copy);
        ResolutionParser parser = new ResolutionParser();
        Resolution original = parser.parse(raw, file);
        Resolution reprinted = parser.parse(copy, "reprint of " + file);
        Comparison c = new ResolutionComparer().compare(original, reprinted);
        assertEquals(0, c.summary().substantive(), () -> describe(c));
        assertEquals(0, c.summary().added() + c.summary().removed() + c.summary().moved(), () -> describe(c));
        for (ClauseRow row : c.allRows()) {
            assertEquals(row.leftNumber(), row.rightNumber());
            assertTrue(row.kind() == ChangeKind.UNCHANGED || row.kind() == ChangeKind.MODIFIED, row.kind().name());
        }
        assertTrue(c.operative().size() > 5);
    }

    /** The transformations of the class comment, on the raw text. */
    static String reprint(String raw, int width) {
        String s = raw.replace('\u201C', '"').replace('\u201D', '"').replace('\u2018', '\'').replace('\u2019', '\'');
        s = HYPHEN_IN_WORD.matcher(s).replaceAll("\u2011");
        s = SUPERSCRIPT_AFTER_COMMA.matcher(s).replaceAll("$2$1");
        s = DIGIT_AFTER_COMMA.matcher(s).replaceAll("$1$2,");
        return rewrap(s, width);
    }

    /** Re-wraps every block of long lines (a paragraph, not page furniture) at {@code width}. */
    private static String rewrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        List<String> block = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                flush(block, width, out);
                out.append(line).append('\n');
            } else {
                block.add(line);
            }
        }
        flush(block, width, out);
        return out.toString();
    }

    private static void flush(List<String> block, int width, StringBuilder out) {
        if (block.isEmpty()) {
            return;
        }
        boolean prose = block.stream().allMatch(l -> l.strip().length() >= 30) && !block.get(0).startsWith("#");
        if (!prose) {
            block.forEach(l -> out.append(l).append('\n'));
        } else {
            StringBuilder line = new StringBuilder();
            for (String word : String.join(" ", block).strip().split("\\s+")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    out.append(line).append('\n');
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            out.append(line).append('\n');
        }
        block.clear();
    }

    private static String describe(Comparison c) {
        StringBuilder sb = new StringBuilder();
        for (ClauseRow row : c.allRows()) {
            if (row.isChange()) {
                sb.append(row.kind()).append(' ').append(row.left() == null ? "-" : row.left().label()).append(" / ")
                        .append(row.right() == null ? "-" : row.right().label()).append(": ")
                        .append(row.diff().edits()).append('\n');
            }
        }
        return sb.toString();
    }
}
