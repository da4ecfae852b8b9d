package org.clausewise.compare;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.EditOp;
import org.clausewise.model.Relation;
import org.clausewise.model.Span;
import org.clausewise.model.SubParagraph;
import org.clausewise.model.SubparagraphRow;
import org.clausewise.model.TextDiff;
import org.clausewise.model.ClauseRow;

/**
 * Builds the row of two matched clauses: the word diff of their display texts (lead-ins when
 * they have sub-paragraphs), their sub-paragraphs aligned and diffed, and whether the operative
 * verb changed. Also the rows of added and removed clauses, and the two rows of a split or merge.
 */
final class ClauseDiffer {
    private final TextCache cache;
    private final WordDiffer words;

    ClauseDiffer(TextCache cache) {
        this.cache = cache;
        this.words = new WordDiffer(cache);
    }

    ClauseRow matched(Clause left, Clause right, boolean moved) {
        TextDiff diff = words.diff(left.text(), right.text());
        List<SubparagraphRow> subs = subparagraphs(left.subparagraphs(), right.subparagraphs());
        boolean changed = diff.changed() || subs.stream().anyMatch(s -> s.kind() != ChangeKind.UNCHANGED);
        ChangeKind kind = moved ? ChangeKind.MOVED : changed ? ChangeKind.MODIFIED : ChangeKind.UNCHANGED;
        return new ClauseRow(left.part(), left, right, kind, diff, verbChanged(left, right), subs, Relation.NONE);
    }

    ClauseRow added(Clause right) {
        return new ClauseRow(right.part(), null, right, ChangeKind.ADDED, TextDiff.oneSided(right.text(), EditOp.INSERT),
                false, oneSided(right.subparagraphs(), ChangeKind.ADDED), Relation.NONE);
    }

    ClauseRow removed(Clause left) {
        return new ClauseRow(left.part(), left, null, ChangeKind.REMOVED, TextDiff.oneSided(left.text(), EditOp.DELETE),
                false, oneSided(left.subparagraphs(), ChangeKind.REMOVED), Relation.NONE);
    }

    /** The rows of sub-paragraphs present on one side only, nested ones under their parent. */
    private static List<SubparagraphRow> oneSided(List<SubParagraph> subs, ChangeKind kind) {
        List<SubparagraphRow> rows = new ArrayList<>(subs.size());
        for (SubParagraph s : subs) {
            rows.add(oneSided(s, kind));
        }
        return rows;
    }

    private static SubparagraphRow oneSided(SubParagraph s, ChangeKind kind) {
        boolean added = kind == ChangeKind.ADDED;
        return new SubparagraphRow(added ? null : s, added ? s : null, kind,
                TextDiff.oneSided(s.text(), added ? EditOp.INSERT : EditOp.DELETE), oneSided(s.subparagraphs(), kind));
    }

    /**
     * The two rows of one left clause split into two right clauses: the left text is cut where
     * the first right clause's words end, and each piece is diffed against its right clause, with
     * offsets kept into the whole left text. Sub-paragraphs are not aligned across a split.
     */
    List<ClauseRow> split(Clause left, Clause first, Clause second, boolean moved) {
        int cut = SplitPoint.of(left.text(), first.text(), second.text());
        TextDiff a = words.diff(left.text().substring(0, cut), first.text());
        TextDiff b = shift(words.diff(left.text().substring(cut), second.text()), cut, 0);
        ChangeKind kind = moved ? ChangeKind.MOVED : ChangeKind.MODIFIED;
        return List.of(
                new ClauseRow(left.part(), left, first, kind, a, verbChanged(left, first), List.of(), Relation.SPLIT),
                new ClauseRow(left.part(), left, second, kind, b, false, List.of(), Relation.SPLIT));
    }

    /** The two rows of two left clauses merged into one right clause; the mirror of {@link #split}. */
    List<ClauseRow> merged(Clause first, Clause second, Clause right, boolean moved) {
        int cut = SplitPoint.of(right.text(), first.text(), second.text());
        TextDiff a = words.diff(first.text(), right.text().substring(0, cut));
        TextDiff b = shift(words.diff(second.text(), right.text().substring(cut)), 0, cut);
        ChangeKind kind = moved ? ChangeKind.MOVED : ChangeKind.MODIFIED;
        return List.of(
                new ClauseRow(first.part(), first, right, kind, a, verbChanged(first, right), List.of(), Relation.MERGED),
                new ClauseRow(first.part(), second, right, kind, b, false, List.of(), Relation.MERGED));
    }

    /**
     * Sub-paragraphs aligned by content within their clause, as clauses are within a part
     * (similarity and order), so an inserted (b) is one added row and the old (b), (c) … still
     * face their counterparts, now (c), (d) …: relabelling alone is no change. Nested ones are
     * aligned within their matched parent, level by level.
     */
    private List<SubparagraphRow> subparagraphs(List<SubParagraph> left, List<SubParagraph> right) {
        if (left.isEmpty() && right.isEmpty()) {
            return List.of();
        }
        TextProfile[] lp = new TextProfile[left.size()];
        TextProfile[] rp = new TextProfile[right.size()];
        for (int i = 0; i < lp.length; i++) {
            lp[i] = cache.profile(left.get(i));
        }
        for (int j = 0; j < rp.length; j++) {
            rp[j] = cache.profile(right.get(j));
        }
        double[][] sim = Similarity.matrix(lp, rp);
        Alignment alignment = SequenceAligner.align(sim, lp.length, rp.length);
        List<SubparagraphRow> rows = new ArrayList<>();
        for (Pairing p : RowOrder.of(alignment, lp.length, rp.length)) {
            if (p.left() < 0) {
                rows.add(oneSided(right.get(p.right()), ChangeKind.ADDED));
            } else if (p.right() < 0) {
                rows.add(oneSided(left.get(p.left()), ChangeKind.REMOVED));
            } else {
                SubParagraph l = left.get(p.left());
                SubParagraph r = right.get(p.right());
                TextDiff diff = words.diff(l.text(), r.text());
                List<SubparagraphRow> children = subparagraphs(l.subparagraphs(), r.subparagraphs());
                boolean changed = diff.changed() || children.stream().anyMatch(c -> c.kind() != ChangeKind.UNCHANGED);
                ChangeKind kind = p.moved() ? ChangeKind.MOVED : changed ? ChangeKind.MODIFIED : ChangeKind.UNCHANGED;
                rows.add(new SubparagraphRow(l, r, kind, diff, children));
            }
        }
        return rows;
    }

    /** See {@link OperativeVerb}: Welcomes → Recalls changes the clause's force; a case change does not. */
    static boolean verbChanged(Clause left, Clause right) {
        return OperativeVerb.changed(left.text(), right.text());
    }

    private static TextDiff shift(TextDiff diff, int leftBy, int rightBy) {
        return new TextDiff(diff.similarity(), diff.changeClass(), diff.edits(),
                shift(diff.leftSpans(), leftBy), shift(diff.rightSpans(), rightBy), diff.granularity());
    }

    private static List<Span> shift(List<Span> spans, int by) {
        if (by == 0) {
            return spans;
        }
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            out.add(new Span(s.start() + by, s.end() + by, s.op(), s.editorial()));
        }
        return out;
    }
}
