package org.clausewise.model;

import java.text.Normalizer;

/**
 * The normal form two clause texts are compared in, so that typography never counts as change:
 * Unicode NFKC, every dash-like hyphen (U+2010, U+2011, U+00AD soft hyphen removed) as "-",
 * typographic quotes as straight quotes, non-breaking and other spaces as one plain space, and
 * surrounding space trimmed. Case is kept: the compare engine decides what case changes mean.
 */
public final class ComparableText {
    private ComparableText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = normalizeChar(s.charAt(i));
            if (c == 0) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** One character's comparable form; 0 means drop it. */
    public static char normalizeChar(char c) {
        switch (c) {
            case '\u00AD': // soft hyphen
            case '\u200B': // zero-width space
            case '\uFEFF':
                return 0;
            case '\u2010': case '\u2011': case '\u2012': case '\u2212':
                return '-';
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '`':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
                return '"';
            case '\u00A0': case '\u2007': case '\u202F': case '\t':
                return ' ';
            default:
                return c;
        }
    }
}
