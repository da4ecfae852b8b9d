package org.clausewise.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ComparableText;

/**
 * Cuts a display text into word and punctuation tokens. A word is a run of letters and digits
 * that may hold hyphens, apostrophes, slashes or dots between two of them ("well-being",
 * "66/152", "e.g"), so that a symbol or a hyphenated word stays one word; every other
 * non-space character is a token of its own, so that "initiative," and "initiative;" share
 * the word and differ only in the mark.
 */
final class Tokenizer {
    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            int lead = i;
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            boolean word = isWordChar(text.charAt(i));
            if (word) {
                i++;
                while (i < n) {
                    char c = text.charAt(i);
                    if (isWordChar(c)) {
                        i++;
                    } else if (isJoiner(c) && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            String t = text.substring(start, i);
            tokens.add(new Token(t, key(t), lead, start, i, word));
        }
        return tokens;
    }

    /** The comparable form of one token: typographic variants folded, case kept. */
    static String key(String token) {
        String s = token;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                s = Normalizer.normalize(s, Normalizer.Form.NFKC);
                StringBuilder sb = new StringBuilder(s.length());
                for (int j = 0; j < s.length(); j++) {
                    char c = ComparableText.normalizeChar(s.charAt(j));
                    if (c != 0) {
                        sb.append(c);
                    }
                }
                return sb.toString();
            }
        }
        return s;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\u00AD';
    }

    private static boolean isJoiner(char c) {
        switch (c) {
            case '-': case '\u2010': case '\u2011': case '\u2012':
            case '\'': case '\u2019': case '/': case '.':
                return true;
            default:
                return false;
        }
    }
}
