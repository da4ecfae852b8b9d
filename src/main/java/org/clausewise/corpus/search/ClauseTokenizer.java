package org.clausewise.corpus.search;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts a clause text into words, written here rather than taken from Lucene's StandardTokenizer
 * because what a word is must be simple enough to state and to check against a plain scan of the
 * texts: a word is a run of letters, digits and combining marks. With {@code punctuation}, every
 * other character that is not a space is a token of its own (the exact mode matches punctuation
 * too). With {@code joinCompounds}, a hyphen, dash or apostrophe between two letters or digits is
 * left out and the word goes on ("co-operation" and "cooperation" are one word; "women's" is
 * "womens"). A word longer than {@link #MAX_WORD} characters is cut, so garbage input cannot make
 * a term Lucene refuses.
 */
final class ClauseTokenizer extends Tokenizer {
    static final int MAX_WORD = 255;

    private final boolean punctuation;
    private final boolean joinCompounds;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private String text = "";
    private int at;

    ClauseTokenizer(boolean punctuation, boolean joinCompounds) {
        this.punctuation = punctuation;
        this.joinCompounds = joinCompounds;
    }

    static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    static boolean isJoiner(int cp) {
        return cp == '-' || cp == '\'' || Character.getType(cp) == Character.DASH_PUNCTUATION;
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.CONTROL
                || Character.getType(cp) == Character.FORMAT;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder sb = new StringBuilder();
        char[] chunk = new char[1024];
        for (int n = input.read(chunk); n >= 0; n = input.read(chunk)) {
            sb.append(chunk, 0, n);
        }
        text = sb.toString();
        at = 0;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        int n = text.length();
        while (at < n && skipped(text.codePointAt(at))) {
            at += Character.charCount(text.codePointAt(at));
        }
        if (at >= n) {
            return false;
        }
        int start = at;
        int cp = text.codePointAt(at);
        if (!isWordChar(cp)) {
            at += Character.charCount(cp);
            term.append(text, start, at);
        } else {
            while (at < n && term.length() < MAX_WORD) {
                cp = text.codePointAt(at);
                int width = Character.charCount(cp);
                if (isWordChar(cp)) {
                    term.append(text, at, at + width);
                    at += width;
                } else if (joinCompounds && isJoiner(cp) && at + width < n && isWordChar(text.codePointAt(at + width))) {
                    at += width;
                } else {
                    break;
                }
            }
        }
        offset.setOffset(correctOffset(start), correctOffset(at));
        return true;
    }

    /** Spaces between tokens; also punctuation when it is not a token of its own. */
    private boolean skipped(int cp) {
        return isSpace(cp) || (!punctuation && !isWordChar(cp));
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(text.length());
        offset.setOffset(end, end);
    }

    @Override
    public void close() throws IOException {
        super.close();
        text = "";
    }
}
