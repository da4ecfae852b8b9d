package org.clausewise.corpus.search;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.clausewise.model.ComparableText;

/**
 * Feeds the tokenizers a clause's text in the project's comparable form (see {@link ComparableText}):
 * soft hyphens and zero-width spaces dropped, dash-like hyphens as "-", typographic quotes as
 * straight ones, odd spaces as plain ones, and each character in its compatibility form (NFKC:
 * the ligature "ﬁ" as "fi", a superscript "²" as "2"). It works one character at a time, so that
 * every token keeps its offsets into the display text the reader sees (for highlighting).
 */
final class ComparableCharFilter extends BaseCharFilter {
    private String folded;
    private int position;

    ComparableCharFilter(Reader in) {
        super(in);
    }

    /** The same folding on a whole string, for queries and for checks against a plain scan. */
    static String fold(String text) {
        return fold(text, null);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (folded == null) {
            folded = fold(readAll(input), this);
        }
        if (position >= folded.length()) {
            return -1;
        }
        int n = Math.min(length, folded.length() - position);
        folded.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] chunk = new char[1024];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            sb.append(chunk, 0, n);
        }
        return sb.toString();
    }

    /** Folds {@code text}; with a filter, records where each output offset comes from in the input. */
    private static String fold(String text, ComparableCharFilter offsets) {
        StringBuilder out = new StringBuilder(text.length());
        int diff = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80 && c != '`' && c != '\t') {
                out.append(c); // most of a text: nothing to fold, no offset to correct
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            String piece = foldCodePoint(cp);
            int before = out.length();
            out.append(piece);
            int grown = piece.length() - width;
            if (grown != 0 && offsets != null) {
                // output offsets from here on sit (diff) input chars away
                diff -= grown;
                offsets.addOffCorrectMap(before + piece.length(), diff);
            }
            i += width;
        }
        return out.toString();
    }

    private static String foldCodePoint(int cp) {
        if (cp < 0x80) {
            return cp == '`' ? "'" : cp == '\t' ? " " : String.valueOf((char) cp);
        }
        if (Character.isBmpCodePoint(cp)) {
            char mapped = ComparableText.normalizeChar((char) cp);
            if (mapped == 0) {
                return "";
            }
            if (mapped < 0x80) {
                return String.valueOf(mapped);
            }
            cp = mapped;
        }
        String s = new String(Character.toChars(cp));
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
