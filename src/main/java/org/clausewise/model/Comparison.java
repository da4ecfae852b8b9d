package org.clausewise.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison of two texts as plain data: rows of aligned clauses for the preamble and the
 * operative part, with word-level spans. The viewer and the PDF both draw from this.
 */
public record Comparison(Resolution left, Resolution right, List<ClauseRow> preamble, List<ClauseRow> operative,
                         ChangeSummary summary) {
    public Comparison {
        preamble = List.copyOf(preamble);
        operative = List.copyOf(operative);
    }

    public Comparison(Resolution left, Resolution right, List<ClauseRow> preamble, List<ClauseRow> operative) {
        this(left, right, preamble, operative, ChangeSummary.of(concat(preamble, operative)));
    }

    /** The rows of one part; annexes are not compared yet, so Part.ANNEX has none. */
    public List<ClauseRow> rows(Part part) {
        switch (part) {
            case PREAMBLE: return preamble;
            case OPERATIVE: return operative;
            default: return List.of();
        }
    }

    /** Preamble rows, then operative rows. */
    public List<ClauseRow> allRows() {
        return concat(preamble, operative);
    }

    private static List<ClauseRow> concat(List<ClauseRow> a, List<ClauseRow> b) {
        List<ClauseRow> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
