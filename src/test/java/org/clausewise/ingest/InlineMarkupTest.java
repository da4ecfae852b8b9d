package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The linear scans that replaced four quadratic regular expressions find exactly what the
 * expressions found: checked on every string up to a length over the characters that matter,
 * and on random longer ones. The old expressions live on here only, as the reference.
 */
class InlineMarkupTest {
    private static final Pattern OLD_EMPHASIS =
            Pattern.compile("(?<![\\w*])[*_](?=[^\\s*_])([^*\\n]*?[^\\s*])[*_](?![\\w*])");
    private static final Pattern OLD_HTML_TAG =
            Pattern.compile("(?i)</?(?:p|br|i|em|b|strong|u|span|div|font|a)(?:\\s[^>]*)?/?>");
    private static final Pattern OLD_SYMBOL_ALONE = Pattern.compile("A/(?:[A-Z0-9.]+/)+[A-Z0-9.]*[A-Z0-9]");
    private static final Pattern OLD_SUP = Pattern.compile("<sup>\\s*([^<]*?)\\s*</sup>", Pattern.CASE_INSENSITIVE);
    private static final Pattern OLD_LATEX_MARK =
            Pattern.compile("\\$\\s*([^$^]*?)\\s*\\^\\s*\\{?\\s*([0-9*]{1,3})\\s*\\}?\\s*\\$");

    /** Every string of length 0..maxLength over {@code alphabet}. */
    private static void everyString(String alphabet, int maxLength, Consumer<String> check) {
        char[] buf = new char[maxLength];
        for (int len = 0; len <= maxLength; len++) {
            int[] digits = new int[len];
            while (true) {
                for (int k = 0; k < len; k++) {
                    buf[k] = alphabet.charAt(digits[k]);
                }
                check.accept(new String(buf, 0, len));
                int k = len - 1;
                while (k >= 0 && ++digits[k] == alphabet.length()) {
                    digits[k--] = 0;
                }
                if (k < 0) {
                    break;
                }
            }
        }
    }

    private static void randomStrings(String[] pieces, int count, int maxPieces, Consumer<String> check) {
        Random random = new Random(14);
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(maxPieces + 1);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            check.accept(sb.toString());
        }
    }

    private static void sameEmphasis(String s) {
        assertEquals(OLD_EMPHASIS.matcher(s).replaceAll("$1"), InlineMarkup.removeEmphasis(s), () -> "on '" + s + "'");
    }

    private static void sameTags(String s) {
        String old = OLD_HTML_TAG.matcher(s).replaceAll(m -> m.group().regionMatches(true, 1, "br", 0, 2) ? " " : "");
        assertEquals(old, InlineMarkup.removeHtmlTags(s), () -> "on '" + s + "'");
    }

    @Test
    void emphasisScanMatchesTheOldExpressionOnEveryShortString() {
        everyString("_*x( \n", 7, InlineMarkupTest::sameEmphasis);
        randomStrings(new String[] {"_", "*", "x", "ab", "(", " ", "\n", "1", "_x_", "*y*", "é"}, 50_000, 12,
                InlineMarkupTest::sameEmphasis);
    }

    @Test
    void tagScanMatchesTheOldExpressionOnEveryShortString() {
        everyString("<>/pbr x", 6, InlineMarkupTest::sameTags);
        randomStrings(new String[] {"<", ">", "/", "p", "P", "br", "BR", "b", "strong", "span", "sup", " ", "\t", "x",
            "<p", "</em>", "=\"a\"", "a", "é"}, 50_000, 10, InlineMarkupTest::sameTags);
    }

    @Test
    void symbolScanMatchesTheOldExpressionOnEveryShortString() {
        everyString("A/1.x", 7, s -> assertEquals(OLD_SYMBOL_ALONE.matcher(s).matches(),
                PageFurniture.isSymbolAlone(s), () -> "on '" + s + "'"));
    }

    @Test
    void supAndLatexMarksFindTheSameAsTheOldExpressions() {
        String[] pieces = {"<sup>", "</sup>", "<SUP>", " ", "\t", "1", "12", "a", "*", "<", "$", "^", "{", "}", "2000", "x y"};
        randomStrings(pieces, 100_000, 8, s -> {
            assertEquals(groups(OLD_SUP, s, 1), groups(LineCleaner.SUP, s, 1), () -> "sup on '" + s + "'");
            assertEquals(groups(OLD_LATEX_MARK, s, 2), groups(LineCleaner.LATEX_MARK, s, 2),
                    () -> "latex on '" + s + "'");
        });
    }

    /** Each match as "start:end:group1|group2", groups stripped as LineCleaner strips them. */
    private static String groups(Pattern p, String s, int groupCount) {
        StringBuilder sb = new StringBuilder();
        Matcher m = p.matcher(s);
        while (m.find()) {
            sb.append(m.start()).append(':').append(m.end());
            for (int g = 1; g <= groupCount; g++) {
                sb.append('|').append(InlineMarkup.stripRegexSpace(m.group(g)));
            }
            sb.append(';');
        }
        return sb.toString();
    }

    @Test
    void examples() {
        assertEquals("1. Reaffirms that", InlineMarkup.removeEmphasis("1. *Reaffirms* that"));
        assertEquals("a snake_case word", InlineMarkup.removeEmphasis("a snake_case word"));
        assertEquals("line one", InlineMarkup.removeHtmlTags("line<br/>one").replace("  ", " ").strip());
        assertEquals("Text", InlineMarkup.removeHtmlTags("<p class=\"x\">Text</p>"));
        assertEquals("<sup>1</sup>", InlineMarkup.removeHtmlTags("<sup>1</sup>"));
    }

    @Test
    void boldGoesButDoubleAsteriskMarksStay() {
        assertEquals("Recalling its resolution", InlineMarkup.removeStrong("**Recalling** its resolution"));
        assertEquals("1. Decides to act", InlineMarkup.removeStrong("1. **Decides** to act"));
        assertEquals("the Court,** and the Treaty,**", InlineMarkup.removeStrong("the Court,** and the Treaty,**"));
        assertEquals("** Second note of the page.", InlineMarkup.removeStrong("** Second note of the page."));
        assertEquals("*** Third note", InlineMarkup.removeStrong("*** Third note"));
        assertEquals("a ** b ** c", InlineMarkup.removeStrong("a ** b ** c"));
    }
}
