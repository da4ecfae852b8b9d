package org.clausewise.corpus.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * For near matches in the index: a word of letters with one to three digits glued to its end
 * ("rights2", a footnote mark the parser could not tell apart) is also indexed without them, at
 * the same position. The word itself stays, so "g20" is still found as typed. Queries do not go
 * through this filter: a phrase is looked for as the user wrote it.
 */
final class FootnoteDigitsFilter extends TokenFilter {
    private static final int MIN_LETTERS = 2;
    private static final int MAX_DIGITS = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private State pending;
    private int pendingLength;

    FootnoteDigitsFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            term.setLength(pendingLength);
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        int letters = lettersBeforeDigits();
        if (letters > 0) {
            pending = captureState();
            pendingLength = letters;
        }
        return true;
    }

    /** The length of the word without its glued digits, or 0 when it has none to drop. */
    private int lettersBeforeDigits() {
        int end = term.length();
        int digits = 0;
        while (digits < end && Character.isDigit(term.charAt(end - 1 - digits))) {
            digits++;
        }
        if (digits == 0 || digits > MAX_DIGITS) {
            return 0;
        }
        int letters = end - digits;
        for (int i = 0; i < letters; i++) {
            if (!Character.isLetter(term.charAt(i))) {
                return 0;
            }
        }
        return letters >= MIN_LETTERS ? letters : 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }
}
