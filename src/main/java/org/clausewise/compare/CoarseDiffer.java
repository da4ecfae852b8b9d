package org.clausewise.compare;

import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.DiffGranularity;
import org.clausewise.model.TextDiff;

/**
 * The comparison of two texts too long to compare word by word within {@link DiffBudget}:
 * the words both share at the start and at the end are equal runs; in between, whole sentences
 * are matched (a sentence ends at . ; : ! or ?), and where that too is beyond the budget the
 * middle is one changed block. Still a correct difference (the runs rebuild both texts), only
 * coarser; the result says which granularity it has.
 */
final class CoarseDiffer {
    private CoarseDiffer() {
    }

    static TextDiff diff(String left, List<Token> l, String right, List<Token> r) {
        int shorter = Math.min(l.size(), r.size());
        int head = 0;
        while (head < shorter && same(l.get(head), r.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < shorter - head && same(l.get(l.size() - 1 - tail), r.get(r.size() - 1 - tail))) {
            tail++;
        }
        if (head == l.size() && head == r.size()) {
            return TextDiff.none(left);
        }
        List<Token> leftMiddle = l.subList(head, l.size() - tail);
        List<Token> rightMiddle = r.subList(head, r.size() - tail);
        DiffBuilder builder = new DiffBuilder(left, right);
        builder.equal(l.subList(0, head));
        DiffGranularity granularity = bySentence(leftMiddle, rightMiddle, builder)
                ? DiffGranularity.SENTENCES : DiffGranularity.WHOLE;
        builder.equal(l.subList(l.size() - tail, l.size()));
        return builder.build(l, r, granularity);
    }

    private static boolean same(Token a, Token b) {
        return a.key().equals(b.key());
    }

    /** Adds the middle sentence by sentence; false (nothing added) when that is no finer than one block. */
    private static boolean bySentence(List<Token> l, List<Token> r, DiffBuilder builder) {
        List<Integer> ls = sentenceStarts(l);
        List<Integer> rs = sentenceStarts(r);
        List<AbstractDelta<String>> deltas = null;
        if (ls.size() > 2 && rs.size() > 2) {
            try {
                deltas = DiffBudget.deltas(keys(l, ls), keys(r, rs), String::equals);
            } catch (DiffBudget.Exceeded e) {
                deltas = null;
            }
        }
        if (deltas == null) {
            builder.changed(l, r, EditorialRules.isEditorial(l, r));
            return false;
        }
        int li = 0;
        for (AbstractDelta<String> d : deltas) {
            int from = d.getSource().getPosition();
            builder.equal(l.subList(ls.get(li), ls.get(from)));
            int to = from + d.getSource().size();
            int rFrom = d.getTarget().getPosition();
            int rTo = rFrom + d.getTarget().size();
            List<Token> deleted = l.subList(ls.get(from), ls.get(to));
            List<Token> inserted = r.subList(rs.get(rFrom), rs.get(rTo));
            builder.changed(deleted, inserted, EditorialRules.isEditorial(deleted, inserted));
            li = to;
        }
        builder.equal(l.subList(ls.get(li), l.size()));
        return true;
    }

    /** Token index where each sentence starts, and the token count at the end: n sentences give n + 1 entries. */
    static List<Integer> sentenceStarts(List<Token> tokens) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < tokens.size() - 1; i++) {
            Token t = tokens.get(i);
            if (!t.word() && isSentenceEnd(t.text())) {
                starts.add(i + 1);
            }
        }
        if (!tokens.isEmpty()) {
            starts.add(tokens.size());
        }
        return starts;
    }

    private static boolean isSentenceEnd(String mark) {
        return mark.equals(".") || mark.equals(";") || mark.equals(":") || mark.equals("!") || mark.equals("?");
    }

    private static List<String> keys(List<Token> tokens, List<Integer> starts) {
        List<String> keys = new ArrayList<>(starts.size() - 1);
        for (int s = 0; s + 1 < starts.size(); s++) {
            StringBuilder sb = new StringBuilder();
            for (Token t : tokens.subList(starts.get(s), starts.get(s + 1))) {
                sb.append(t.key()).append(' ');
            }
            keys.add(sb.toString());
        }
        return keys;
    }
}
