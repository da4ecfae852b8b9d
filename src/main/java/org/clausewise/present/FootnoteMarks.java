package org.clausewise.present;

/**
 * How a footnote mark is shown, in one place for the screen, the PDF and the tips: digits become
 * Unicode superscript digits (so "1993¹" still matches a search for "1993"), other marks ("*", "a")
 * are kept and drawn raised by each drawer.
 */
public final class FootnoteMarks {
    private FootnoteMarks() {
    }

    /** 1 → ¹, 23 → ²³; marks that are not digits are kept as they are. */
    public static String superscript(String mark) {
        StringBuilder sb = new StringBuilder(mark.length());
        for (int i = 0; i < mark.length(); i++) {
            char c = mark.charAt(i);
            char sup = superscriptDigit(c);
            sb.append(sup == 0 ? c : sup);
        }
        return sb.toString();
    }

    /** True for ¹ ² ³ and ⁰ ⁴ … ⁹: a mark character that is already raised by its glyph. */
    public static boolean isSuperscriptDigit(int c) {
        return c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c == '\u2070' || (c >= '\u2074' && c <= '\u2079');
    }

    private static char superscriptDigit(char c) {
        switch (c) {
            case '1': return '\u00B9';
            case '2': return '\u00B2';
            case '3': return '\u00B3';
            default:
                return c >= '0' && c <= '9' ? (char) ('\u2070' + (c - '0')) : 0;
        }
    }
}
