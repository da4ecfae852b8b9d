package org.clausewise.present;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Relation;
import org.clausewise.model.SubParagraph;
import org.clausewise.model.SubparagraphRow;

/**
 * Decides how one comparison row is shown under the view options: whether it is a change, its
 * badges, and the runs of each side, its sub-paragraphs and its one-column redline.
 */
final class RowPresenter {
    private final ViewOptions options;

    RowPresenter(ViewOptions options) {
        this.options = options;
    }

    PresentedRow present(ClauseRow row) {
        boolean editorialOnly = isEditorialOnly(row);
        ChangeKind kind = editorialOnly && !options.showEditorial() ? ChangeKind.UNCHANGED : row.kind();
        return new PresentedRow(row, label(row), kind, editorialOnly, Badges.of(row, kind, editorialOnly),
                lead(row, Side.LEFT), lead(row, Side.RIGHT), subparagraphs(row),
                Redline.of(row.diff(), clauseText(row), options.showEditorial()));
    }

    /**
     * A modified row whose every change is editorial (quotes, hyphens, OCR slips). A moved clause,
     * a split or merge and a reordering of sub-paragraphs are changes of their own, whatever the
     * wording.
     */
    static boolean isEditorialOnly(ClauseRow row) {
        return row.kind() == ChangeKind.MODIFIED && row.relation() == Relation.NONE
                && row.changeClass() == ChangeClass.EDITORIAL
                && row.subparagraphs().stream().noneMatch(SubparagraphRow::reordered);
    }

    /**
     * "OP 8", or "OP 8 → OP 10" when the clause was renumbered ("OP II.3 → OP III.1" across
     * sections); the left label for a removed clause.
     */
    static String label(ClauseRow row) {
        if (row.left() == null) {
            return row.right().label();
        }
        if (row.right() == null || row.left().label().equals(row.right().label())) {
            return row.left().label();
        }
        return row.left().label() + " \u2192 " + row.right().label();
    }

    private List<Run> lead(ClauseRow row, Side side) {
        Clause clause = side.clause(row);
        if (clause == null) {
            return null;
        }
        return RunBuilder.side(clause.text(), side.spans(row.diff()), clause.footnoteRefs(), whole(row.kind(), side),
                true, options.showEditorial());
    }

    /** A clause added or removed is one whole change, lead-in and sub-paragraphs alike. */
    private static Run.Mark whole(ChangeKind kind, Side side) {
        if (kind == ChangeKind.ADDED && side == Side.RIGHT) {
            return Run.Mark.INSERTED;
        }
        if (kind == ChangeKind.REMOVED && side == Side.LEFT) {
            return Run.Mark.DELETED;
        }
        return Run.Mark.NONE;
    }

    private List<SubparagraphLine> subparagraphs(ClauseRow row) {
        List<SubparagraphLine> lines = new ArrayList<>();
        if (row.subparagraphs().isEmpty()) {
            listUnaligned(row, lines);
            return lines;
        }
        addLines(row, row.subparagraphs(), 0, lines);
        return lines;
    }

    /** Each sub-paragraph row, then its nested ones one level deeper, in reading order. */
    private void addLines(ClauseRow row, List<SubparagraphRow> subs, int level, List<SubparagraphLine> lines) {
        for (SubparagraphRow sub : subs) {
            Run.Mark wholeLeft = whole(row.kind(), Side.LEFT) != Run.Mark.NONE ? Run.Mark.DELETED
                    : whole(sub.kind(), Side.LEFT);
            Run.Mark wholeRight = whole(row.kind(), Side.RIGHT) != Run.Mark.NONE ? Run.Mark.INSERTED
                    : whole(sub.kind(), Side.RIGHT);
            String fallback = sub.right() != null ? sub.right().text() : sub.left().text();
            lines.add(new SubparagraphLine(shownKind(sub),
                    sub.left() == null ? null : sub.left().label(), subRuns(sub, Side.LEFT, wholeLeft),
                    sub.right() == null ? null : sub.right().label(), subRuns(sub, Side.RIGHT, wholeRight),
                    Redline.of(sub.diff(), fallback, options.showEditorial()), level));
            addLines(row, sub.children(), level + 1, lines);
        }
    }

    /** A sub-paragraph changed only editorially shows as unchanged while editorial changes are hidden. */
    private ChangeKind shownKind(SubparagraphRow sub) {
        boolean editorialOnly = sub.kind() == ChangeKind.MODIFIED && sub.changeClass() == ChangeClass.EDITORIAL
                && !sub.reordered();
        return editorialOnly && !options.showEditorial() ? ChangeKind.UNCHANGED : sub.kind();
    }

    private List<Run> subRuns(SubparagraphRow sub, Side side, Run.Mark whole) {
        SubParagraph s = side.sub(sub);
        if (s == null) {
            return null;
        }
        RunBuilder b = new RunBuilder();
        if (sub.kind() == ChangeKind.MOVED) {
            b.add(Run.of(Run.MOVED_SIGN + " ", Run.Role.MOVED_MARK));
        }
        return b.addAll(RunBuilder.side(s.text(), side.spans(sub.diff()), s.footnoteRefs(), whole, false,
                options.showEditorial())).build();
    }

    /**
     * The rows of a split or merge carry no sub-paragraph alignment: each side's sub-paragraphs
     * are listed beside each other in order, plain, so none is lost.
     */
    private void listUnaligned(ClauseRow row, List<SubparagraphLine> lines) {
        List<Nested> left = Nested.of(row.left());
        List<Nested> right = Nested.of(row.right());
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            Nested l = i < left.size() ? left.get(i) : null;
            Nested r = i < right.size() ? right.get(i) : null;
            List<Run> lr = l == null ? null : RunBuilder.side(l.sub().text(), List.of(), l.sub().footnoteRefs(),
                    whole(row.kind(), Side.LEFT), false, true);
            List<Run> rr = r == null ? null : RunBuilder.side(r.sub().text(), List.of(), r.sub().footnoteRefs(),
                    whole(row.kind(), Side.RIGHT), false, true);
            String text = r != null ? r.sub().text() : l.sub().text();
            lines.add(new SubparagraphLine(null, l == null ? null : l.sub().label(), lr,
                    r == null ? null : r.sub().label(), rr, List.of(Run.plain(text)), r != null ? r.level() : l.level()));
        }
    }

    private static String clauseText(ClauseRow row) {
        return row.right() != null ? row.right().text() : row.left().text();
    }
}
