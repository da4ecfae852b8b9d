package org.clausewise.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of a footnote as printed at a page bottom: a mark, then the note's text.
 * Marks are explicit ({@code ¹}, {@code <sup>1</sup>}), plain digits ({@code 1  Resolution 217 A (III).}),
 * an asterisk, or, in OCR, a symbol the scanner made of a superscript digit ({@code ! A/CONF.157/24}).
 *
 * @param mark the mark as printed ("1", "*"); null for a garbled OCR mark
 * @param kind how the mark was printed, which decides how much context is needed to believe it
 * @param text the footnote's text on this line
 */
record FootnoteLine(String mark, Kind kind, String text) {
    enum Kind { EXPLICIT, DIGITS, STAR, GARBLED }

    private static final Pattern START = Pattern.compile(
            "(?:\uE000([0-9*]{1,3}|[a-z])\uE001\\s*|(\\d{1,3})\\s+|(\\*{1,3})\\s+|([!%®©°†‡§¶#])\\s+)(\\S.*)");

    /** Reads {@code text} as the start of a footnote, or returns null. */
    static FootnoteLine parse(String text) {
        if (text.isEmpty() || Character.isLetter(text.charAt(0)) || text.charAt(0) == '(') {
            return null;
        }
        Matcher m = START.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String body = m.group(5);
        if (m.group(1) != null) {
            return new FootnoteLine(m.group(1), Kind.EXPLICIT, body);
        }
        if (m.group(2) != null) {
            return new FootnoteLine(String.valueOf(Integer.parseInt(m.group(2))), Kind.DIGITS, body);
        }
        if (m.group(3) != null) {
            return new FootnoteLine(m.group(3), Kind.STAR, body);
        }
        return new FootnoteLine(null, Kind.GARBLED, body);
    }

    Integer number() {
        return mark != null && mark.chars().allMatch(Character::isDigit) ? Integer.valueOf(mark) : null;
    }
}
