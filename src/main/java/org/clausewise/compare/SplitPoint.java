package org.clausewise.compare;

import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * Where, in a clause that answers two consecutive clauses of the other text, the first of the
 * two ends: the word diff of the whole against the two read together pairs its words with
 * theirs, and the cut goes after the last word paired with the first clause.
 */
final class SplitPoint {
    private SplitPoint() {
    }

    /** A character offset into {@code whole}, at the start of a token (or 0 or its length). */
    static int of(String whole, String first, String second) {
        List<Token> w = Tokenizer.tokenize(whole);
        List<Token> a = Tokenizer.tokenize(first);
        List<Token> joined = new ArrayList<>(a);
        joined.addAll(Tokenizer.tokenize(second));
        List<AbstractDelta<Token>> deltas;
        try {
            deltas = WordDiffer.deltas(w, joined);
        } catch (DiffBudget.Exceeded e) {
            // too long to pair word by word: cut in proportion to the two parts' lengths
            int k = (int) ((long) w.size() * a.size() / Math.max(1, joined.size()));
            return k <= 0 ? 0 : k >= w.size() ? whole.length() : w.get(k).start();
        }
        int lastInFirst = -1;
        int firstInSecond = w.size();
        int wi = 0;
        int ji = 0;
        for (AbstractDelta<Token> d : deltas) {
            for (; wi < d.getSource().getPosition(); wi++, ji++) {
                if (ji < a.size()) {
                    lastInFirst = wi;
                } else {
                    firstInSecond = Math.min(firstInSecond, wi);
                }
            }
            wi += d.getSource().size();
            ji += d.getTarget().size();
        }
        for (; wi < w.size(); wi++, ji++) {
            if (ji < a.size()) {
                lastInFirst = wi;
            } else {
                firstInSecond = Math.min(firstInSecond, wi);
            }
        }
        int k = Math.min(lastInFirst + 1, firstInSecond);
        if (k <= 0) {
            return 0;
        }
        return k >= w.size() ? whole.length() : w.get(k).start();
    }
}
