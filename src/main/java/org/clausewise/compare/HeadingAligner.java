package org.clausewise.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.EditOp;
import org.clausewise.model.Heading;
import org.clausewise.model.HeadingRow;
import org.clausewise.model.TextDiff;

/**
 * Aligns the section headings of two texts (or of two annexes) as rows of their own. Two headings
 * are the same section when their words are alike, or when the clauses under them were matched
 * with each other: so a renamed heading over the same paragraphs is one modified row, and a new
 * section's heading is added. The same similarity-and-order alignment as for clauses then pairs them.
 */
final class HeadingAligner {
    private final WordDiffer words;

    HeadingAligner(WordDiffer words) {
        this.words = words;
    }

    /**
     * @param leftClauses  the left text's clauses in reading order (those the headings stand over)
     * @param rightClauses the right text's, likewise
     * @param rows         the clause rows already aligned, whose pairs link the sections
     */
    List<HeadingRow> align(List<Heading> left, List<Heading> right, List<Clause> leftClauses,
                           List<Clause> rightClauses, List<ClauseRow> rows) {
        if (left.isEmpty() && right.isEmpty()) {
            return List.of();
        }
        List<List<Integer>> leftCover = covers(left, leftClauses);
        List<List<Integer>> rightCover = covers(right, rightClauses);
        int[] partnerOfLeft = partners(leftClauses, rightClauses, rows);
        double[][] sim = new double[left.size()][right.size()];
        TextDiff[][] diffs = new TextDiff[left.size()][right.size()];
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                Heading l = left.get(i);
                Heading r = right.get(j);
                diffs[i][j] = diff(l, r);
                double byWords = diffs[i][j].changed() ? diffs[i][j].similarity() : 1.0;
                double byClauses = l.level() == r.level()
                        ? linked(leftCover.get(i), rightCover.get(j), partnerOfLeft) : 0.0;
                sim[i][j] = Math.max(byWords, byClauses);
            }
        }
        Alignment alignment = SequenceAligner.align(sim, left.size(), right.size());
        List<HeadingRow> out = new ArrayList<>(Math.max(left.size(), right.size()));
        for (Pairing p : RowOrder.of(alignment, left.size(), right.size())) {
            if (p.left() < 0) {
                out.add(added(right.get(p.right())));
            } else if (p.right() < 0) {
                out.add(removed(left.get(p.left())));
            } else {
                TextDiff d = diffs[p.left()][p.right()];
                ChangeKind kind = p.moved() ? ChangeKind.MOVED : d.changed() ? ChangeKind.MODIFIED : ChangeKind.UNCHANGED;
                out.add(new HeadingRow(left.get(p.left()), right.get(p.right()), kind, d));
            }
        }
        return out;
    }

    /** Two headings' words compared; their labels when neither has words ("Section 29A"). */
    TextDiff diff(Heading l, Heading r) {
        boolean byLabel = l.text().isEmpty() && r.text().isEmpty();
        return words.diff(byLabel ? l.label() : l.text(), byLabel ? r.label() : r.text());
    }

    static HeadingRow added(Heading h) {
        return new HeadingRow(null, h, ChangeKind.ADDED, TextDiff.oneSided(words(h), EditOp.INSERT));
    }

    static HeadingRow removed(Heading h) {
        return new HeadingRow(h, null, ChangeKind.REMOVED, TextDiff.oneSided(words(h), EditOp.DELETE));
    }

    private static String words(Heading h) {
        return h.text().isEmpty() ? h.label() : h.text();
    }

    /**
     * The clauses each heading stands over: from its first clause up to the next heading of the
     * same or a higher level, so section IV covers IV.A and IV.B as well.
     */
    private static List<List<Integer>> covers(List<Heading> headings, List<Clause> clauses) {
        Map<Clause, Integer> index = new HashMap<>();
        for (int k = 0; k < clauses.size(); k++) {
            index.putIfAbsent(clauses.get(k), k);
        }
        int[] start = new int[headings.size()];
        for (int h = 0; h < headings.size(); h++) {
            Clause first = headings.get(h).firstClause();
            start[h] = first == null ? -1 : index.getOrDefault(first, -1);
        }
        List<List<Integer>> covers = new ArrayList<>(headings.size());
        for (int h = 0; h < headings.size(); h++) {
            List<Integer> cover = new ArrayList<>();
            if (start[h] >= 0) {
                int end = clauses.size();
                for (int k = h + 1; k < headings.size(); k++) {
                    if (headings.get(k).level() <= headings.get(h).level() && start[k] > start[h]) {
                        end = start[k];
                        break;
                    }
                }
                for (int c = start[h]; c < end; c++) {
                    cover.add(c);
                }
            }
            covers.add(cover);
        }
        return covers;
    }

    /** For each left clause (by reading-order index), the index of its matched right clause, or -1. */
    private static int[] partners(List<Clause> leftClauses, List<Clause> rightClauses, List<ClauseRow> rows) {
        Map<Clause, Integer> l = new HashMap<>();
        Map<Clause, Integer> r = new HashMap<>();
        for (int k = 0; k < leftClauses.size(); k++) {
            l.putIfAbsent(leftClauses.get(k), k);
        }
        for (int k = 0; k < rightClauses.size(); k++) {
            r.putIfAbsent(rightClauses.get(k), k);
        }
        int[] partner = new int[leftClauses.size()];
        java.util.Arrays.fill(partner, -1);
        for (ClauseRow row : rows) {
            if (row.left() != null && row.right() != null) {
                Integer a = l.get(row.left());
                Integer b = r.get(row.right());
                if (a != null && b != null && partner[a] < 0) {
                    partner[a] = b;
                }
            }
        }
        return partner;
    }

    /** Dice share of the two sections' clauses that were matched with each other. */
    private static double linked(List<Integer> left, List<Integer> right, int[] partnerOfLeft) {
        if (left.isEmpty() || right.isEmpty()) {
            return 0.0;
        }
        int from = right.get(0);
        int to = right.get(right.size() - 1);
        int links = 0;
        for (int i : left) {
            int j = partnerOfLeft[i];
            if (j >= from && j <= to) {
                links++;
            }
        }
        return 2.0 * links / (left.size() + right.size());
    }
}
