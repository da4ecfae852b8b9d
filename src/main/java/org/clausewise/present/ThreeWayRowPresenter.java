package org.clausewise.present;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.compare.ThreeWayRow;
import org.clausewise.compare.ThreeWaySubRow;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Span;
import org.clausewise.model.SubParagraph;
import org.clausewise.model.SubparagraphRow;
import org.clausewise.model.TextDiff;

/**
 * Decides how one row of the negotiation view is shown. Each column's marks come from the two-way
 * steps beside it: its words missing from the column to its right are struck (the step toward the
 * right's deletions), its words missing from the column to its left are underlined (the step from
 * the left's insertions). Where the draft lacks the clause, last year and the adopted text are
 * each other's neighbours.
 */
final class ThreeWayRowPresenter {
    private final ViewOptions options;
    private final RowPresenter twoWay;

    ThreeWayRowPresenter(ViewOptions options) {
        this.options = options;
        this.twoWay = new RowPresenter(options);
    }

    ThreeWayPresentedRow present(ThreeWayRow row) {
        List<NegotiationStep> steps = new ArrayList<>();
        step(steps, NegotiationStep.Kind.FROM_LAST_YEAR, row.fromLastYear());
        step(steps, NegotiationStep.Kind.IN_NEGOTIATION, row.inNegotiation());
        if (row.draft() == null) {
            step(steps, NegotiationStep.Kind.LAST_YEAR_TO_ADOPTED, row.previousToAdopted());
        }
        return new ThreeWayPresentedRow(row, row.label(), row.story(), StoryWords.of(row.story()),
                StoryWords.notes(row, options.showEditorial()),
                lead(row, Column.PREVIOUS), lead(row, Column.DRAFT), lead(row, Column.ADOPTED),
                subparagraphs(row), steps, List.of());
    }

    private void step(List<NegotiationStep> steps, NegotiationStep.Kind kind, ClauseRow row) {
        if (row != null) {
            steps.add(new NegotiationStep(kind, twoWay.present(row)));
        }
    }

    /** The step from the column on the left (whose insertions this column underlines), or null. */
    private static <R> R fromLeft(Column column, boolean hasDraft, R fromLastYear, R inNegotiation, R direct) {
        switch (column) {
            case PREVIOUS: return null;
            case DRAFT: return fromLastYear;
            default: return hasDraft || direct == null ? inNegotiation : direct;
        }
    }

    /** The step toward the column on the right (whose deletions this column strikes), or null. */
    private static <R> R towardRight(Column column, boolean hasDraft, R fromLastYear, R inNegotiation, R direct) {
        switch (column) {
            case PREVIOUS: return hasDraft || direct == null ? fromLastYear : direct;
            case DRAFT: return inNegotiation;
            default: return null;
        }
    }

    private List<Run> lead(ThreeWayRow row, Column column) {
        Clause clause = column.clause(row);
        if (clause == null) {
            return null;
        }
        boolean hasDraft = row.draft() != null;
        ClauseRow left = fromLeft(column, hasDraft, row.fromLastYear(), row.inNegotiation(), row.previousToAdopted());
        ClauseRow right = towardRight(column, hasDraft, row.fromLastYear(), row.inNegotiation(),
                row.previousToAdopted());
        return RunBuilder.side(clause.text(), spans(right == null ? null : right.diff(), left == null ? null : left.diff()),
                clause.footnoteRefs(), Run.Mark.NONE, true, options.showEditorial());
    }

    /**
     * Deletions toward the right first: where a word is also an insertion from the left (new in the
     * draft, dropped in negotiation) the first span found wins, and what negotiation did comes first.
     */
    private static List<Span> spans(TextDiff towardRight, TextDiff fromLeft) {
        List<Span> spans = new ArrayList<>();
        if (towardRight != null) {
            spans.addAll(towardRight.leftSpans());
        }
        if (fromLeft != null) {
            spans.addAll(fromLeft.rightSpans());
        }
        return spans;
    }

    private List<ThreeWaySubLine> subparagraphs(ThreeWayRow row) {
        List<ThreeWaySubLine> lines = new ArrayList<>(row.subparagraphs().size());
        for (ThreeWaySubRow sub : row.subparagraphs()) {
            lines.add(new ThreeWaySubLine(
                    label(sub.previous()), subRuns(sub, Column.PREVIOUS),
                    label(sub.draft()), subRuns(sub, Column.DRAFT),
                    label(sub.adopted()), subRuns(sub, Column.ADOPTED)));
        }
        return lines;
    }

    /** As a clause's columns; a sub-paragraph the draft lacks has last year and the adopted text as neighbours. */
    private List<Run> subRuns(ThreeWaySubRow sub, Column column) {
        SubParagraph s = column.sub(sub);
        if (s == null) {
            return null;
        }
        boolean hasDraft = sub.draft() != null;
        SubparagraphRow left = fromLeft(column, hasDraft, sub.fromLastYear(), sub.inNegotiation(),
                sub.previousToAdopted());
        SubparagraphRow right = towardRight(column, hasDraft, sub.fromLastYear(), sub.inNegotiation(),
                sub.previousToAdopted());
        RunBuilder b = new RunBuilder();
        if (left != null && left.kind() == ChangeKind.MOVED) {
            b.add(Run.of(Run.MOVED_SIGN + " ", Run.Role.MOVED_MARK));
        }
        return b.addAll(RunBuilder.side(s.text(), spans(right == null ? null : right.diff(),
                left == null ? null : left.diff()), s.footnoteRefs(), Run.Mark.NONE, false,
                options.showEditorial())).build();
    }

    private static String label(SubParagraph sub) {
        return sub == null ? null : sub.label();
    }
}
