package org.clausewise.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison of two texts as plain data: rows of aligned clauses for the preamble and the
 * operative part, with word-level spans; the body's section headings compared as rows of their own;
 * and each annex matched with its counterpart, its clauses and headings aligned. The viewer and the
 * PDF both draw from this.
 *
 * @param headings the body's section headings aligned (empty when neither text has sections)
 * @param annexes  the annexes matched, in the right text's order (removed ones where they stood)
 */
public record Comparison(Resolution left, Resolution right, List<ClauseRow> preamble, List<ClauseRow> operative,
                         ChangeSummary summary, List<HeadingRow> headings, List<AnnexRow> annexes) {
    public Comparison {
        preamble = List.copyOf(preamble);
        operative = List.copyOf(operative);
        headings = List.copyOf(headings);
        annexes = List.copyOf(annexes);
    }

    public Comparison(Resolution left, Resolution right, List<ClauseRow> preamble, List<ClauseRow> operative,
                      List<HeadingRow> headings, List<AnnexRow> annexes) {
        this(left, right, preamble, operative, summarize(preamble, operative, headings, annexes), headings, annexes);
    }

    /** A comparison of two bodies without sections or annexes (the first release's shape). */
    public Comparison(Resolution left, Resolution right, List<ClauseRow> preamble, List<ClauseRow> operative,
                      ChangeSummary summary) {
        this(left, right, preamble, operative, summary, List.of(), List.of());
    }

    public Comparison(Resolution left, Resolution right, List<ClauseRow> preamble, List<ClauseRow> operative) {
        this(left, right, preamble, operative, List.of(), List.of());
    }

    /** The rows of one part; for Part.ANNEX every annex's rows in order. */
    public List<ClauseRow> rows(Part part) {
        switch (part) {
            case PREAMBLE: return preamble;
            case OPERATIVE: return operative;
            default:
                List<ClauseRow> all = new ArrayList<>();
                annexes.forEach(a -> all.addAll(a.rows()));
                return all;
        }
    }

    /** Preamble rows, then operative rows (the body's; annex rows are {@code rows(Part.ANNEX)}). */
    public List<ClauseRow> allRows() {
        return concat(preamble, operative);
    }

    /** Every heading row: the body's, then each annex's header and headings. */
    public List<HeadingRow> allHeadings() {
        List<HeadingRow> all = new ArrayList<>(headings);
        annexes.forEach(a -> all.addAll(a.allHeadings()));
        return all;
    }

    /** Either text has sections or annexes: the rows have more to say than their part and number. */
    public boolean structured() {
        return !headings.isEmpty() || !annexes.isEmpty();
    }

    private static ChangeSummary summarize(List<ClauseRow> preamble, List<ClauseRow> operative,
                                           List<HeadingRow> headings, List<AnnexRow> annexes) {
        List<ClauseRow> rows = concat(preamble, operative);
        List<HeadingRow> heads = new ArrayList<>(headings);
        for (AnnexRow a : annexes) {
            rows.addAll(a.rows());
            heads.addAll(a.allHeadings());
        }
        return ChangeSummary.of(rows, heads);
    }

    private static List<ClauseRow> concat(List<ClauseRow> a, List<ClauseRow> b) {
        List<ClauseRow> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}
