package org.clausewise.compare;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Part;
import org.clausewise.model.Relation;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;
import org.clausewise.model.SubparagraphRow;

/**
 * Compares last session's resolution, this session's draft and the adopted text at once, for the
 * negotiation view. It runs the two-way engine three times per part — last year → draft, draft →
 * adopted, and last year → adopted to place what the draft lacks — and joins the rows on the draft
 * (see {@link ThreeWayJoin}), so every pair of neighbours is aligned and diffed exactly as the
 * two-way view aligns and diffs them. Thread-safe; keep one for many comparisons.
 */
public final class ThreeWayComparer {
    private final PartComparer part = new PartComparer(new TextCache());
    private final ThreeWayJoin<Clause, ClauseRow> clauses = new ThreeWayJoin<>(ClauseRow::left, ClauseRow::right);
    private final ThreeWayJoin<SubParagraph, SubparagraphRow> subparagraphs =
            new ThreeWayJoin<>(SubparagraphRow::left, SubparagraphRow::right);

    public ThreeWayComparison compare(Resolution previous, Resolution draft, Resolution adopted) {
        return new ThreeWayComparison(previous, draft, adopted,
                rows(Part.PREAMBLE, previous.preamble(), draft.preamble(), adopted.preamble()),
                rows(Part.OPERATIVE, previous.operative(), draft.operative(), adopted.operative()),
                rows(Part.ANNEX, previous.clauses(Part.ANNEX), draft.clauses(Part.ANNEX), adopted.clauses(Part.ANNEX)));
    }

    private List<ThreeWayRow> rows(Part p, List<Clause> previous, List<Clause> draft, List<Clause> adopted) {
        List<ClauseRow> pa = part.compare(previous, adopted);
        Map<Clause, List<ClauseRow>> paByPrevious = new IdentityHashMap<>();
        for (ClauseRow r : pa) {
            if (r.left() != null && r.right() != null) {
                paByPrevious.computeIfAbsent(r.left(), k -> new ArrayList<>()).add(r);
            }
        }
        List<ThreeWayRow> rows = new ArrayList<>();
        for (ThreeWayJoin.Joined<Clause, ClauseRow> j : clauses.join(part.compare(previous, draft),
                part.compare(draft, adopted), pa)) {
            ClauseRow direct = j.previousToAdopted() != null ? j.previousToAdopted()
                    : pairOf(paByPrevious, j.previous(), j.adopted());
            rows.add(new ThreeWayRow(p, j.previous(), j.draft(), j.adopted(), j.fromLastYear(), j.inNegotiation(),
                    direct, StoryRule.of(j.previous(), j.draft(), j.adopted(), j.fromLastYear(), j.inNegotiation()),
                    subparagraphs(j, direct)));
        }
        return rows;
    }

    /** The last year → adopted row that pairs exactly these two clauses, or null. */
    private static ClauseRow pairOf(Map<Clause, List<ClauseRow>> paByPrevious, Clause previous, Clause adopted) {
        if (previous == null || adopted == null) {
            return null;
        }
        for (ClauseRow r : paByPrevious.getOrDefault(previous, List.of())) {
            if (r.right() == adopted) {
                return r;
            }
        }
        return null;
    }

    private List<ThreeWaySubRow> subparagraphs(ThreeWayJoin.Joined<Clause, ClauseRow> j, ClauseRow direct) {
        if (j.draft() == null) {
            return oneStep(j);
        }
        ClauseRow pd = j.fromLastYear();
        ClauseRow da = j.inNegotiation();
        if ((pd != null && pd.relation() != Relation.NONE) || da.relation() != Relation.NONE) {
            return listed(j.previous(), j.draft(), j.adopted());
        }
        List<ThreeWaySubRow> out = new ArrayList<>();
        for (ThreeWayJoin.Joined<SubParagraph, SubparagraphRow> s : subparagraphs.join(
                pd == null ? List.of() : pd.subparagraphs(), da.subparagraphs(),
                direct == null ? List.of() : direct.subparagraphs())) {
            out.add(new ThreeWaySubRow(s.previous(), s.draft(), s.adopted(), s.fromLastYear(), s.inNegotiation(),
                    s.previousToAdopted()));
        }
        return out;
    }

    /** A row without a draft clause has one step; its sub-paragraph rows are that step's. */
    private static List<ThreeWaySubRow> oneStep(ThreeWayJoin.Joined<Clause, ClauseRow> j) {
        List<ThreeWaySubRow> out = new ArrayList<>();
        if (j.previousToAdopted() != null) {
            j.previousToAdopted().subparagraphs().forEach(s ->
                    out.add(new ThreeWaySubRow(s.left(), null, s.right(), null, null, s)));
        } else if (j.fromLastYear() != null) {
            j.fromLastYear().subparagraphs().forEach(s ->
                    out.add(new ThreeWaySubRow(s.left(), null, null, s, null, null)));
        } else {
            j.inNegotiation().subparagraphs().forEach(s ->
                    out.add(new ThreeWaySubRow(null, null, s.right(), null, s, null)));
        }
        return out;
    }

    /** Beside a split or merge the two-way rows carry no sub-paragraph alignment: list them in order. */
    private static List<ThreeWaySubRow> listed(Clause previous, Clause draft, Clause adopted) {
        int n = Math.max(count(previous), Math.max(count(draft), count(adopted)));
        List<ThreeWaySubRow> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ThreeWaySubRow(nth(previous, i), nth(draft, i), nth(adopted, i), null, null, null));
        }
        return out;
    }

    private static int count(Clause c) {
        return c == null ? 0 : c.subparagraphs().size();
    }

    private static SubParagraph nth(Clause c, int i) {
        return i < count(c) ? c.subparagraphs().get(i) : null;
    }
}
