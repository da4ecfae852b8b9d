package org.clausewise.ingest;

/**
 * Explicit footnote markers ({@code ¹}, {@code <sup>1</sup>}, {@code $2000^2$}) are rewritten early
 * into a private-use form, {@code \uE000 mark \uE001}, so that later steps know for sure they are
 * markers, unlike plain digits, which need judging.
 */
final class Markers {
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';

    private Markers() {
    }

    static String of(String mark) {
        return OPEN + mark + CLOSE;
    }

    /** Removes explicit markers, for places that only want the words (titles, metadata). */
    static String strip(String s) {
        if (s.indexOf(OPEN) < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean inside = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == OPEN) {
                inside = true;
            } else if (c == CLOSE) {
                inside = false;
            } else if (!inside) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
