package org.clausewise.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Markdown emphasis and HTML formatting tags inside one line, removed in one pass each.
 *
 * <p>These were regular expressions, and both were quadratic: a regex engine tries every
 * candidate start and, for each, scans ahead to the end of the line looking for a closing mark
 * ({@code (_x_x(_x_x…} or {@code <p <p <p …}), so a 1 MB line never finished. The scans below
 * find the same matches (a test checks them against the old expressions on every short string
 * of their alphabet) but look ahead through precomputed "next closer" positions, so each
 * character is visited a fixed number of times.
 */
final class InlineMarkup {
    /** Formatting tags from HTML or Markdown exports; {@code <sup>} is kept for the marker step. */
    private static final Set<String> FORMATTING_TAGS =
            Set.of("p", "br", "i", "em", "b", "strong", "u", "span", "div", "font", "a");

    private InlineMarkup() {
    }

    /**
     * Removes {@code *word*} and {@code _word_} emphasis, keeping the words. Same matches as
     * {@code (?<![\w*])[*_](?=[^\s*_])([^*\n]*?[^\s*])[*_](?![\w*])} replaced by its group:
     * an opener not glued to a word, then the nearest closer that ends a word, with no star or
     * line break in between.
     */
    static String removeEmphasis(String s) {
        int n = s.length();
        // nextCloser[k]: the first j >= k where an emphasis can close; nextStop[k]: the first star or line break
        int[] nextCloser = new int[n + 1];
        int[] nextStop = new int[n + 1];
        nextCloser[n] = n;
        nextStop[n] = n;
        for (int j = n - 1; j >= 0; j--) {
            char c = s.charAt(j);
            nextStop[j] = c == '*' || c == '\n' ? j : nextStop[j + 1];
            boolean closes = (c == '*' || c == '_') && j > 0
                    && !isRegexSpace(s.charAt(j - 1)) && s.charAt(j - 1) != '*'
                    && (j + 1 == n || !isWordOrStar(s.charAt(j + 1)));
            nextCloser[j] = closes ? j : nextCloser[j + 1];
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i + 2 < n) {
            char c = s.charAt(i);
            if ((c == '*' || c == '_') && (i == 0 || !isWordOrStar(s.charAt(i - 1)))) {
                char first = s.charAt(i + 1);
                if (!isRegexSpace(first) && first != '*' && first != '_') {
                    int j = nextCloser[i + 2];
                    if (j < n && j <= nextStop[i + 1]) {
                        if (out == null) {
                            out = new StringBuilder(n);
                        }
                        out.append(s, copied, i).append(s, i + 1, j);
                        copied = j + 1;
                        i = j + 1;
                        continue;
                    }
                }
            }
            i++;
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /**
     * Removes Markdown bold ({@code **Recalling** its resolution}), keeping the words. Only a pair
     * is bold: an opening {@code **} not glued to a word and followed by a word, closed by the next
     * {@code **} on the line when that one ends a word. Footnote marks stay: the double asterisk
     * after "Court,**" and the one opening its note "** United Nations …" are marks, not bold.
     * Each opener looks only at the next {@code **}, so the scan is linear.
     */
    static String removeStrong(String s) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        int i = s.indexOf("**");
        while (i >= 0) {
            int j = s.indexOf("**", i + 2);
            if (j < 0) {
                break;
            }
            if (opensStrong(s, i) && closesStrong(s, j)) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(s, copied, i).append(s, i + 2, j);
                copied = j + 2;
                i = s.indexOf("**", j + 2);
            } else {
                i = j;
            }
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    private static boolean opensStrong(String s, int i) {
        return (i == 0 || !isWordOrStar(s.charAt(i - 1))) && i + 2 < s.length()
                && !isRegexSpace(s.charAt(i + 2)) && s.charAt(i + 2) != '*';
    }

    private static boolean closesStrong(String s, int j) {
        return j > 0 && !isRegexSpace(s.charAt(j - 1)) && s.charAt(j - 1) != '*'
                && (j + 2 == s.length() || !isWordOrStar(s.charAt(j + 2)));
    }

    /**
     * Removes formatting tags ({@code <p>}, {@code </em>}, {@code <span class="x">}); a {@code <br>}
     * becomes a space. Same matches as
     * {@code (?i)</?(?:p|br|i|em|b|strong|u|span|div|font|a)(?:\s[^>]*)?/?>}.
     */
    static String removeHtmlTags(String s) {
        int n = s.length();
        StringBuilder out = null;
        int copied = 0;
        int nextGt = -2; // the first '>' at or after the last place looked from; -1 when there is none
        int i = s.indexOf('<');
        while (i >= 0 && i < n) {
            int p = i + 1;
            boolean closing = p < n && s.charAt(p) == '/';
            if (closing) {
                p++;
            }
            int q = p;
            while (q < n && isAsciiLetter(s.charAt(q))) {
                q++;
            }
            int end = -1;
            if (q > p && q < n && FORMATTING_TAGS.contains(s.substring(p, q).toLowerCase(Locale.ROOT))) {
                char after = s.charAt(q);
                if (isRegexSpace(after)) {
                    if (nextGt != -1 && nextGt <= q) {
                        nextGt = s.indexOf('>', q + 1);
                    }
                    end = nextGt;
                } else if (after == '>') {
                    end = q;
                } else if (after == '/' && q + 1 < n && s.charAt(q + 1) == '>') {
                    end = q + 1;
                }
            }
            if (end < 0) {
                i = s.indexOf('<', i + 1);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(s, copied, i);
            if (!closing && q - p == 2 && s.regionMatches(true, p, "br", 0, 2)) {
                out.append(' ');
            }
            copied = end + 1;
            i = s.indexOf('<', end + 1);
        }
        return out == null ? s : out.append(s, copied, n).toString();
    }

    /** Strips the characters of the regex class {@code \s} from both ends (not Unicode spaces). */
    static String stripRegexSpace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isRegexSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isRegexSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** The regex class {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The regex class {@code [\w*]}. */
    private static boolean isWordOrStar(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '*';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
