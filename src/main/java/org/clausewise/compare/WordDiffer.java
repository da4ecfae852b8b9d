package org.clausewise.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.EditOp;
import org.clausewise.model.Span;
import org.clausewise.model.TextDiff;
import org.clausewise.model.WordEdit;

/**
 * Word-level difference of two display texts, with java-diff-utils (Myers) on word and
 * punctuation tokens compared in their normal form, so typography never shows as change.
 *
 * <p>Edits run in reading order. Each run carries the whitespace before its first token, so the
 * EQUAL and DELETE texts concatenate back into the left text and the EQUAL and INSERT texts into
 * the right one (up to the width of spaces). Spans cover the changed tokens only, without that
 * leading whitespace: a span's text is its edit's text, stripped.
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
        List<AbstractDelta<Token>> deltas = deltas(l, r);
        if (deltas.isEmpty()) {
            return TextDiff.none(left);
        }
        List<WordEdit> edits = new ArrayList<>();
        List<Span> leftSpans = new ArrayList<>();
        List<Span> rightSpans = new ArrayList<>();
        boolean substantive = false;
        int equalWords = 0;
        int li = 0;
        for (AbstractDelta<Token> delta : deltas) {
            int from = delta.getSource().getPosition();
            equalWords += addEqual(left, l, li, from, edits);
            for (Hunk hunk : Hunk.classify(delta.getSource().getLines(), delta.getTarget().getLines())) {
                substantive |= !hunk.editorial();
                addChanged(left, hunk.deleted(), EditOp.DELETE, hunk.editorial(), edits, leftSpans);
                addChanged(right, hunk.inserted(), EditOp.INSERT, hunk.editorial(), edits, rightSpans);
            }
            li = from + delta.getSource().size();
        }
        equalWords += addEqual(left, l, li, l.size(), edits);
        int words = countWords(l) + countWords(r);
        double similarity = words == 0 ? 0.0 : 2.0 * equalWords / words;
        return new TextDiff(similarity, substantive ? ChangeClass.SUBSTANTIVE : ChangeClass.EDITORIAL,
                edits, leftSpans, rightSpans);
    }

    /** Myers deltas of two token lists; two tokens are the same when their comparable keys are. */
    static List<AbstractDelta<Token>> deltas(List<Token> l, List<Token> r) {
        return DiffUtils.diff(l, r, (a, b) -> a.key().equals(b.key())).getDeltas();
    }

    private static int addEqual(String text, List<Token> tokens, int from, int to, List<WordEdit> edits) {
        if (from >= to) {
            return 0;
        }
        edits.add(new WordEdit(EditOp.EQUAL, text.substring(tokens.get(from).lead(), tokens.get(to - 1).end()), false));
        return countWords(tokens.subList(from, to));
    }

    private static void addChanged(String text, List<Token> tokens, EditOp op, boolean editorial,
                                   List<WordEdit> edits, List<Span> spans) {
        if (tokens.isEmpty()) {
            return;
        }
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        edits.add(new WordEdit(op, text.substring(first.lead(), last.end()), editorial));
        spans.add(new Span(first.start(), last.end(), op, editorial));
    }

    private static int countWords(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            if (t.word()) {
                n++;
            }
        }
        return n;
    }
}
