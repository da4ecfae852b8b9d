package org.clausewise.amend;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.FootnoteRef;

/**
 * A paragraph's text with words cut out, put in or replaced, keeping its footnote marks in place
 * (a mark glued to deleted words goes with them) and its spacing as printed: no double space where
 * words were cut, no space before a comma.
 */
record TextSplice(String text, List<FootnoteRef> refs) {
    TextSplice {
        refs = List.copyOf(refs);
    }

    /** {@code text[start, end)} replaced by {@code replacement} (empty: deleted). */
    TextSplice replace(int start, int end, String replacement) {
        if (replacement.isEmpty()) {
            // Cut one of the two spaces around the words, so "a b c" less "b" reads "a c" and "a b, c" less "b" reads "a, c".
            if (start > 0 && text.charAt(start - 1) == ' '
                    && (end == text.length() || text.charAt(end) == ' ' || isClosing(text.charAt(end)))) {
                start--;
            } else if (end < text.length() && text.charAt(end) == ' ' && (start == 0 || text.charAt(start - 1) == '(')) {
                end++;
            }
        }
        String result = text.substring(0, start) + replacement + text.substring(end);
        int shift = replacement.length() - (end - start);
        List<FootnoteRef> moved = new ArrayList<>(refs.size());
        for (FootnoteRef r : refs) {
            if (r.offset() <= start) {
                moved.add(r);
            } else if (r.offset() >= end && (r.offset() > end || !replacement.isEmpty())) {
                moved.add(new FootnoteRef(r.mark(), r.offset() + shift));
            }
            // a mark inside the words cut (or glued to their last word when they are deleted) goes with them
        }
        return new TextSplice(result, moved);
    }

    /** {@code words} put in at {@code at}, spaced as a sentence needs. */
    TextSplice insert(int at, String words) {
        String w = words.strip();
        boolean spaceBefore = at > 0 && !Character.isWhitespace(text.charAt(at - 1)) && text.charAt(at - 1) != '('
                && !isClosing(w.charAt(0));
        boolean spaceAfter = at < text.length() && !Character.isWhitespace(text.charAt(at))
                && !isClosing(text.charAt(at)) && !w.endsWith("(");
        if (at < text.length() && Character.isWhitespace(text.charAt(at)) && at > 0
                && Character.isWhitespace(text.charAt(at - 1))) {
            spaceBefore = false;
        }
        if (at == 0 || Character.isWhitespace(text.charAt(at - 1))) {
            // before a word: the words and a space, then the word
            spaceAfter = at < text.length() && !Character.isWhitespace(text.charAt(at)) && !isClosing(text.charAt(at));
        }
        return replace(at, at, (spaceBefore ? " " : "") + w + (spaceAfter ? " " : ""));
    }

    /** {@code words} added at the end, before the paragraph's closing comma, semicolon or full stop unless they bring their own. */
    TextSplice addAtEnd(String words) {
        String w = words.strip();
        String body = text.stripTrailing();
        int end = body.length();
        String closing = "";
        if (end > 0 && ",;.:".indexOf(body.charAt(end - 1)) >= 0) {
            closing = body.substring(end - 1);
            end--;
        }
        boolean own = !w.isEmpty() && ",;.:".indexOf(w.charAt(w.length() - 1)) >= 0;
        String joined = (w.isEmpty() || isClosing(w.charAt(0)) ? "" : " ") + w + (own ? "" : closing);
        return replace(end, text.length(), joined);
    }

    private static boolean isClosing(char c) {
        return ",;:.)".indexOf(c) >= 0;
    }
}
