package org.clausewise.ingest;

import java.util.regex.Pattern;

/**
 * The label sequences of sub-paragraphs: (a) (b) … (z) (aa) (bb); (i) (ii) (iii) (iv); (A) (B);
 * and 1, 2 … for the numbered paragraphs of an article.
 */
final class SubLabels {
    enum Kind { LOWER, ROMAN, UPPER, DIGIT }

    private static final Pattern ROMAN = Pattern.compile("(?=[ivxl])(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3})");

    private SubLabels() {
    }

    static boolean isRoman(String label) {
        return ROMAN.matcher(label).matches();
    }

    /** The first label of a kind: "a", "i", "A", "1". */
    static String first(Kind kind) {
        switch (kind) {
            case ROMAN: return "i";
            case UPPER: return "A";
            case DIGIT: return "1";
            default: return "a";
        }
    }

    /** The kind a label of a new level would be: "i" opens a roman level, "A" an upper-case one. */
    static Kind kindOfFirst(String label) {
        switch (label) {
            case "i": return Kind.ROMAN;
            case "A": return Kind.UPPER;
            case "1": return Kind.DIGIT;
            case "a": return Kind.LOWER;
            default: return null;
        }
    }

    /** The label after {@code last} in its sequence, or null past the end. */
    static String next(Kind kind, String last) {
        switch (kind) {
            case ROMAN:
                return toRoman(fromRoman(last) + 1);
            case DIGIT:
                return String.valueOf(Integer.parseInt(last) + 1);
            default:
                char c = last.charAt(last.length() - 1);
                char end = kind == Kind.UPPER ? 'Z' : 'z';
                if (c == end) {
                    // (z) is followed by (aa), (bb) …
                    char a = kind == Kind.UPPER ? 'A' : 'a';
                    return last.length() == 1 ? "" + a + a : null;
                }
                char n = (char) (c + 1);
                return last.length() == 1 ? String.valueOf(n) : "" + n + n;
        }
    }

    static int fromRoman(String r) {
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = value(r.charAt(i));
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    static String toRoman(int n) {
        int[] values = {40, 10, 9, 5, 4, 1};
        String[] digits = {"xl", "x", "ix", "v", "iv", "i"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(digits[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }

    private static int value(char c) {
        switch (c) {
            case 'i': return 1;
            case 'v': return 5;
            case 'x': return 10;
            default: return 50;
        }
    }
}
