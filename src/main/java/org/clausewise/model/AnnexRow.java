package org.clausewise.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An annex of the left text beside its counterpart in the right text, matched by id ("II" with
 * "II"), then by title and content; either side is null for an annex added or removed whole.
 *
 * @param header   the annexes' titles compared as one heading row (label "Annex II", the title as words)
 * @param headings the annex's own section headings and article titles, compared as rows
 * @param rows     the annex's paragraphs and articles aligned like the body's clauses
 */
public record AnnexRow(Annex left, Annex right, HeadingRow header, List<HeadingRow> headings, List<ClauseRow> rows) {
    public AnnexRow {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }

    /** The header row and the heading rows, in that order. */
    public List<HeadingRow> allHeadings() {
        List<HeadingRow> all = new ArrayList<>(headings.size() + 1);
        all.add(header);
        all.addAll(headings);
        return all;
    }
}
