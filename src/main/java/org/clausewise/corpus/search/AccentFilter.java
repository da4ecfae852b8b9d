package org.clausewise.corpus.search;

import java.text.Normalizer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * For near matches: a word without its accents ("côte" as "cote"), by decomposing it and leaving
 * out the combining marks. Lucene's ASCIIFoldingFilter does this for letters it knows but keeps
 * a separate combining mark; this covers both. A token that was only marks is dropped.
 */
final class AccentFilter extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    AccentFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        boolean plain = true;
        for (int i = 0; i < term.length(); i++) {
            if (term.charAt(i) >= 0x80) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return true;
        }
        String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !isMark(cp)).forEach(kept::appendCodePoint);
        term.setEmpty().append(kept);
        return kept.length() > 0;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
