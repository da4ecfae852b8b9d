package org.clausewise.compare;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Relation;

/**
 * Compares one part (preamble or operative) of two texts: profiles every clause with its
 * sub-paragraphs, aligns the two lists by content, finds splits and merges, and turns the
 * result into rows in reading order.
 */
final class PartComparer {
    private final TextCache cache;
    private final ClauseDiffer differ;

    PartComparer(TextCache cache) {
        this.cache = cache;
        this.differ = new ClauseDiffer(cache);
    }

    List<ClauseRow> compare(List<Clause> left, List<Clause> right) {
        return compare(left, right, SectionPairs.NONE);
    }

    /** @param sections which sections correspond: between equal partners, one in its own section wins */
    List<ClauseRow> compare(List<Clause> left, List<Clause> right, SectionPairs sections) {
        TextProfile[] lp = profiles(left);
        TextProfile[] rp = profiles(right);
        Alignment alignment;
        List<SplitDetector.Group> splits = List.of();
        List<SplitDetector.Group> merges = List.of();
        if (LongPartAligner.needed(lp.length, rp.length)) {
            // very long parts: a linear-time alignment (issue 14); sections are not favoured there
            alignment = LongPartAligner.align(lp, rp, keys(left), keys(right));
        } else {
            double[][] sim = Similarity.matrix(lp, rp);
            sections.favour(sim, left, right);
            alignment = SequenceAligner.align(sections.inOrder(sim, left, right), sim, lp.length, rp.length);
            splits = SplitDetector.find(lp, rp, alignment.rightPartner, sim);
            merges = SplitDetector.find(rp, lp, alignment.leftPartner, Similarity.transpose(sim, lp.length, rp.length));
            merges = withoutOverlap(merges, splits);
        }

        List<ClauseRow> rows = new ArrayList<>(Math.max(left.size(), right.size()) + 4);
        List<Pairing> order = RowOrder.of(alignment, lp.length, rp.length, splits, merges);
        for (int k = 0; k < order.size(); k++) {
            Pairing p = order.get(k);
            if (p.relation() == Relation.SPLIT) {
                rows.addAll(differ.split(left.get(p.left()), right.get(p.right()), right.get(p.right() + 1), p.moved()));
                k++;
            } else if (p.relation() == Relation.MERGED) {
                rows.addAll(differ.merged(left.get(p.left()), left.get(p.left() + 1), right.get(p.right()), p.moved()));
                k++;
            } else if (p.left() < 0) {
                rows.add(differ.added(right.get(p.right())));
            } else if (p.right() < 0) {
                rows.add(differ.removed(left.get(p.left())));
            } else {
                rows.add(differ.matched(left.get(p.left()), right.get(p.right()), p.moved()));
            }
        }
        return rows;
    }

    /** Each clause's comparable text (lead-in and sub-paragraphs), for pairing equal clauses by hash. */
    private List<String> keys(List<Clause> clauses) {
        List<String> keys = new ArrayList<>(clauses.size());
        for (Clause c : clauses) {
            StringBuilder sb = new StringBuilder();
            for (Token t : cache.tokens(c.text())) {
                sb.append(t.key()).append(' ');
            }
            for (org.clausewise.model.SubParagraph sub : c.subparagraphs()) {
                sb.append('|');
                for (Token t : cache.tokens(sub.text())) {
                    sb.append(t.key()).append(' ');
                }
            }
            keys.add(sb.toString());
        }
        return keys;
    }

    private TextProfile[] profiles(List<Clause> clauses) {
        TextProfile[] profiles = new TextProfile[clauses.size()];
        for (int i = 0; i < profiles.length; i++) {
            profiles[i] = cache.profile(clauses.get(i));
        }
        return profiles;
    }

    /**
     * A clause cannot be both half of a merge and the whole of a split; when both readings are
     * found (rare: three clauses rearranged), the split wins and the merge is dropped.
     */
    private static List<SplitDetector.Group> withoutOverlap(List<SplitDetector.Group> merges,
                                                           List<SplitDetector.Group> splits) {
        if (splits.isEmpty() || merges.isEmpty()) {
            return merges;
        }
        List<SplitDetector.Group> kept = new ArrayList<>();
        for (SplitDetector.Group m : merges) {
            boolean clash = false;
            for (SplitDetector.Group s : splits) {
                boolean leftClash = s.one() == m.first() || s.one() == m.first() + 1;
                boolean rightClash = m.one() == s.first() || m.one() == s.first() + 1;
                clash |= leftClash || rightClash;
            }
            if (!clash) {
                kept.add(m);
            }
        }
        return kept;
    }
}
