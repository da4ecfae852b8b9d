package org.clausewise.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.model.Clause;
import org.clausewise.model.HeadingRow;

/**
 * Which section of the left text is which section of the right one, as far as their headings' words
 * tell before any clause is aligned. Budget resolutions repeat the same paragraphs in many sections
 * ("Takes note of the report of the Secretary-General;"), and move whole sections about: a clause is
 * matched in order only within its own section (or with a clause of a section that has no
 * counterpart); a clause that went to another section is found by the move pass, which prefers a
 * partner in the clause's own section to its twin elsewhere.
 */
final class SectionPairs {
    /** Added to the similarity of two clauses of corresponding sections, for the alignment only. */
    static final double SAME_SECTION_BONUS = 0.05;
    static final SectionPairs NONE = new SectionPairs(Map.of());

    private final Map<String, String> rightOfLeft;

    private SectionPairs(Map<String, String> rightOfLeft) {
        this.rightOfLeft = rightOfLeft;
    }

    static SectionPairs of(List<HeadingRow> headings) {
        Map<String, String> map = new HashMap<>();
        for (HeadingRow h : headings) {
            if (h.left() != null && h.right() != null && h.left().path() != null && h.right().path() != null) {
                map.putIfAbsent(h.left().path(), h.right().path());
            }
        }
        return map.isEmpty() ? NONE : new SectionPairs(map);
    }

    /** The two clauses stand in sections that each have a counterpart, and not in each other's. */
    private boolean apart(Clause left, Clause right) {
        return left.section() != null && right.section() != null && rightOfLeft.containsKey(left.section())
                && rightOfLeft.containsValue(right.section()) && !same(left, right);
    }

    /** The similarities for the in-order alignment: a pair in sections that are not each other's is no match. */
    double[][] inOrder(double[][] sim, List<Clause> left, List<Clause> right) {
        if (rightOfLeft.isEmpty()) {
            return sim;
        }
        double[][] out = new double[sim.length][];
        for (int i = 0; i < sim.length; i++) {
            out[i] = sim[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                if (apart(left.get(i), right.get(j))) {
                    out[i][j] = 0.0;
                }
            }
        }
        return out;
    }

    boolean same(Clause left, Clause right) {
        return left.section() != null && right.section() != null
                && right.section().equals(rightOfLeft.get(left.section()));
    }

    /** Raises the similarity of the pairs that stand in corresponding sections (and are a match at all). */
    void favour(double[][] sim, List<Clause> left, List<Clause> right) {
        if (rightOfLeft.isEmpty()) {
            return;
        }
        for (int i = 0; i < left.size(); i++) {
            for (int j = 0; j < right.size(); j++) {
                if (sim[i][j] >= SequenceAligner.MATCH_MIN && same(left.get(i), right.get(j))) {
                    sim[i][j] += SAME_SECTION_BONUS;
                }
            }
        }
    }
}
