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
        List<SubparagraphRow> subs = new ArrayList<>();
        for (SubParagraph s : right.subparagraphs()) {
            subs.add(new SubparagraphRow(null, s, ChangeKind.ADDED, TextDiff.oneSided(s.text(), EditOp.INSERT)));
        }
        return new ClauseRow(right.part(), null, right, ChangeKind.ADDED, TextDiff.oneSided(right.text(), EditOp.INSERT),
                false, subs, Relation.NONE);
    }

    ClauseRow removed(Clause left) {
        List<SubparagraphRow> subs = new ArrayList<>();
        for (SubParagraph s : left.subparagraphs()) {
            subs.add(new SubparagraphRow(s, null, ChangeKind.REMOVED, TextDiff.oneSided(s.text(), EditOp.DELETE)));
        }
        return new ClauseRow(left.part(), left, null, ChangeKind.REMOVED, TextDiff.oneSided(left.text(), EditOp.DELETE),
                false, subs, Relation.NONE);
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

    private List<SubparagraphRow> subparagraphs(List<SubParagraph> left, List<SubParagraph> right) {
        if (left.isEmpty() && right.isEmpty()) {
            return List.of();
        }
        TextProfile[] lp = new TextProfile[left.size()];
        TextProfile[] rp = new TextProfile[right.size()];
        for (int i = 0; i < lp.length; i++) {
            lp[i] = cache.profile(left.get(i).text());
        }
        for (int j = 0; j < rp.length; j++) {
            rp[j] = cache.profile(right.get(j).text());
        }
        double[][] sim = Similarity.matrix(lp, rp);
        Alignment alignment = SequenceAligner.align(sim, lp.length, rp.length);
        List<SubparagraphRow> rows = new ArrayList<>();
        for (Pairing p : RowOrder.of(alignment, lp.length, rp.length)) {
            if (p.left() < 0) {
                SubParagraph r = right.get(p.right());
                rows.add(new SubparagraphRow(null, r, ChangeKind.ADDED, TextDiff.oneSided(r.text(), EditOp.INSERT)));
            } else if (p.right() < 0) {
                SubParagraph l = left.get(p.left());
                rows.add(new SubparagraphRow(l, null, ChangeKind.REMOVED, TextDiff.oneSided(l.text(), EditOp.DELETE)));
            } else {
                SubParagraph l = left.get(p.left());
                SubParagraph r = right.get(p.right());
                TextDiff diff = words.diff(l.text(), r.text());
                ChangeKind kind = p.moved() ? ChangeKind.MOVED : diff.changed() ? ChangeKind.MODIFIED : ChangeKind.UNCHANGED;
                rows.add(new SubparagraphRow(l, r, kind, diff));
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
