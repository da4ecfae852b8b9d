package org.clausewise.compare;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.HeadingRow;
import org.clausewise.model.Resolution;

/**
 * Compares two resolutions clause by clause, separately for the preamble and the operative
 * part, matching clauses by content rather than by number: renumbering is not a change, moved
 * clauses are found out of order, split and merged clauses sit on paired rows, and each matched
 * pair carries its word-level diff with editorial noise kept apart from substantive change.
 * Section headings are compared as rows of their own (a clause that changed section is moved),
 * and annexes are matched with each other and compared the same way.
 * Thread-safe; keep one instance for many comparisons, as it remembers the words of the texts
 * it has seen.
 */
public final class ResolutionComparer {
    private final TextCache cache = new TextCache();
    private final PartComparer part = new PartComparer(cache);
    private final HeadingAligner headings = new HeadingAligner(new WordDiffer(cache));
    private final AnnexComparer annexes = new AnnexComparer(part, headings, cache);

    public Comparison compare(Resolution left, Resolution right) {
        if (left.headings().isEmpty() && right.headings().isEmpty()
                && left.annexes().isEmpty() && right.annexes().isEmpty()) {
            return new Comparison(left, right, part.compare(left.preamble(), right.preamble()),
                    part.compare(left.operative(), right.operative()));
        }
        // the headings' words first say which sections correspond, so that twin paragraphs stay in theirs
        SectionPairs sections = SectionPairs.of(headings.align(left.headings(), right.headings(), left.body(),
                right.body(), List.of()));
        List<ClauseRow> preamble = part.compare(left.preamble(), right.preamble(), sections);
        List<ClauseRow> operative = part.compare(left.operative(), right.operative(), sections);
        List<ClauseRow> body = new ArrayList<>(preamble);
        body.addAll(operative);
        List<HeadingRow> heads = headings.align(left.headings(), right.headings(), left.body(), right.body(), body);
        return new Comparison(left, right, SectionMoves.mark(preamble, heads), SectionMoves.mark(operative, heads),
                heads, annexes.compare(left.annexes(), right.annexes()));
    }
}
