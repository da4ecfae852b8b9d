package org.clausewise.compare;

import com.github.difflib.patch.AbstractDelta;
import java.util.List;
import org.clausewise.model.DiffGranularity;
import org.clausewise.model.TextDiff;

/**
 * Word-level difference of two display texts, with java-diff-utils (Myers) on word and
 * punctuation tokens compared in their normal form, so typography never shows as change.
 *
 * <p>Edits run in reading order. Each run carries the whitespace before its first token, so the
 * EQUAL and DELETE texts concatenate back into the left text and the EQUAL and INSERT texts into
 * the right one (up to the width of spaces). Spans cover the changed tokens only, without that
 * leading whitespace: a span's text is its edit's text, stripped.
 *
 * <p>The word diff works within {@link DiffBudget}; texts beyond it are compared by sentence or
 * as one block ({@link CoarseDiffer}), and the result says so ({@link TextDiff#coarse()}).
 */
public final class WordDiffer {
    private final TextCache cache;

    public WordDiffer() {
        this(new TextCache());
    }

    WordDiffer(TextCache cache) {
        this.cache = cache;
    }

    public TextDiff diff(String leftDisplayText, String rightDisplayText) {
        String left = leftDisplayText == null ? "" : leftDisplayText;
        String right = rightDisplayText == null ? "" : rightDisplayText;
        if (left.equals(right)) {
            return TextDiff.none(left); // most clauses of two sessions are the same: skip the work
        }
        return diff(left, cache.tokens(left), right, cache.tokens(right));
    }

    TextDiff diff(String left, List<Token> l, String right, List<Token> r) {
        List<AbstractDelta<Token>> deltas;
        try {
            deltas = deltas(l, r);
        } catch (DiffBudget.Exceeded e) {
            return CoarseDiffer.diff(left, l, right, r);
        }
        if (deltas.isEmpty()) {
            return TextDiff.none(left);
        }
        DiffBuilder builder = new DiffBuilder(left, right);
        int li = 0;
        for (AbstractDelta<Token> delta : deltas) {
            int from = delta.getSource().getPosition();
            builder.equal(l.subList(li, from));
            for (Hunk hunk : Hunk.classify(delta.getSource().getLines(), delta.getTarget().getLines())) {
                builder.changed(hunk.deleted(), hunk.inserted(), hunk.editorial());
            }
            li = from + delta.getSource().size();
        }
        builder.equal(l.subList(li, l.size()));
        return builder.build(l, r, DiffGranularity.WORDS);
    }

    /**
     * Myers deltas of two token lists; two tokens are the same when their comparable keys are.
     *
     * @throws DiffBudget.Exceeded when the lists differ too much for a word diff within the budget
     */
    static List<AbstractDelta<Token>> deltas(List<Token> l, List<Token> r) {
        return DiffBudget.deltas(l, r, (Token a, Token b) -> a.key().equals(b.key()));
    }
}
