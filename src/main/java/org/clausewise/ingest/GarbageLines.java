package org.clausewise.ingest;

import java.util.regex.Pattern;

/**
 * OCR garbage: lines such as {@code ы..... ... П} that scanning leaves behind, made mostly of
 * punctuation or of letters from another script. Dropped with a warning.
 */
final class GarbageLines {
    /** Sub-paragraph labels and paragraph numbers standing alone: short, but not garbage. */
    private static final Pattern LABEL = Pattern.compile("\\(?[a-zA-Z0-9]{1,5}[.)]|\\d{1,3}\\s*/\\s*\\d{1,3}");

    private GarbageLines() {
    }

    static boolean isGarbage(String text) {
        if (text.length() <= 9 && LABEL.matcher(text).matches()) {
            return false;
        }
        int latin = 0;
        int digits = 0;
        int foreign = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            visible++;
            if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : c < 0x250 && Character.isLetter(c)) {
                if (++latin >= 24 && foreign == 0) {
                    return false; // plenty of Latin letters: a line of text, whatever else is in it
                }
            } else if (Character.isLetter(c)) {
                foreign++;
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        if (visible == 0) {
            return false;
        }
        if (foreign > 0 && foreign >= latin) {
            return true;
        }
        // Rules of dashes or dots, smudges: hardly a letter or digit in them.
        return visible >= 3 && (latin + digits) * 10 < visible * 4;
    }
}
