package org.clausewise.export;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.EditOp;
import org.clausewise.model.Relation;
import org.clausewise.model.Span;
import org.clausewise.model.SubParagraph;
import org.clausewise.model.SubparagraphRow;
import org.clausewise.model.TextDiff;

/**
 * Turns a {@link ClauseRow} into a {@link RowBlock}: wraps each side's lead-in and sub-paragraphs
 * to the column width, puts the clause number and change notes in the gutter, and pads the
 * shorter side so that each sub-paragraph starts on the same line as its counterpart.
 */
final class RowComposer {
    private final LineBreaker breaker;
    private final float textWidth;
    private final float subIndent;
    private final boolean showEditorial;

    RowComposer(LineBreaker breaker, float textWidth, float subIndent, boolean showEditorial) {
        this.breaker = breaker;
        this.textWidth = textWidth;
        this.subIndent = subIndent;
        this.showEditorial = showEditorial;
    }

    /** The kind a reader sees: an editorial-only change counts as unchanged when editorial changes are hidden. */
    static ChangeKind visibleKind(ClauseRow row, boolean showEditorial) {
        if (!showEditorial && row.kind() == ChangeKind.MODIFIED && row.changeClass() != ChangeClass.SUBSTANTIVE) {
            return ChangeKind.UNCHANGED;
        }
        return row.kind();
    }

    RowBlock compose(ClauseRow row) {
        List<Cell> left = new ArrayList<>();
        List<Cell> right = new ArrayList<>();
        TextDiff diff = row.diff();
        addText(left, row.left(), row.left() == null ? null : spans(diff, row.kind(), true, row.left().text()));
        addText(right, row.right(), row.right() == null ? null : spans(diff, row.kind(), false, row.right().text()));
        pad(left, right, row.left() == null, row.right() == null);
        for (SubparagraphRow sub : row.subparagraphs()) {
            addSub(left, sub.left(), sub, true);
            addSub(right, sub.right(), sub, false);
            pad(left, right, row.left() == null || sub.left() == null, row.right() == null || sub.right() == null);
        }
        tagGutter(left, gutterWords(row, true));
        tagGutter(right, gutterWords(row, false));
        pad(left, right, row.left() == null, row.right() == null);
        return new RowBlock(row, left, right);
    }

    private void addText(List<Cell> cells, Clause clause, List<Span> spans) {
        if (clause == null) {
            cells.add(Cell.blank(true));
            return;
        }
        StyledText text = StyledText.of(clause.text(), spans, clause.footnoteRefs(), leadLength(clause.text()),
                showEditorial);
        for (TextLine line : breaker.wrap(text, textWidth)) {
            cells.add(new Cell(null, null, null, line, 0, false));
        }
        if (cells.isEmpty()) {
            cells.add(Cell.blank(false));
        }
    }

    private void addSub(List<Cell> cells, SubParagraph sub, SubparagraphRow row, boolean leftSide) {
        if (sub == null) {
            return;
        }
        List<Span> spans = spans(row.diff(), row.kind(), leftSide, sub.text());
        StyledText text = StyledText.of(sub.text(), spans, sub.footnoteRefs(), 0, showEditorial);
        List<TextLine> lines = breaker.wrap(text, textWidth - subIndent * 2);
        String prefix = "(" + sub.label() + ")";
        if (lines.isEmpty()) {
            cells.add(new Cell(null, null, prefix, null, subIndent * 2, false));
        }
        for (int i = 0; i < lines.size(); i++) {
            cells.add(new Cell(null, null, i == 0 ? prefix : null, lines.get(i), subIndent * 2, false));
        }
    }

    /** One side's highlighted ranges; a whole added or removed text is one span when the diff is missing. */
    private static List<Span> spans(TextDiff diff, ChangeKind kind, boolean leftSide, String text) {
        if (diff != null) {
            return leftSide ? diff.leftSpans() : diff.rightSpans();
        }
        if (leftSide && kind == ChangeKind.REMOVED) {
            return List.of(new Span(0, text.length(), EditOp.DELETE, false));
        }
        if (!leftSide && kind == ChangeKind.ADDED) {
            return List.of(new Span(0, text.length(), EditOp.INSERT, false));
        }
        return List.of();
    }

    /** The clause's first word is italic, as the UN prints "Recalling" and "Urges". */
    private static int leadLength(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Clause number first, then what happened to the clause, for this side. */
    private List<Cell> gutterWords(ClauseRow row, boolean leftSide) {
        Clause clause = leftSide ? row.left() : row.right();
        List<Cell> words = new ArrayList<>();
        if (clause == null) {
            return words;
        }
        words.add(word(clause.label(), Tag.NUMBER));
        switch (visibleKind(row, showEditorial)) {
            case MODIFIED:
                if (!leftSide) {
                    boolean editorial = row.changeClass() == ChangeClass.EDITORIAL;
                    words.add(word(editorial ? "editorial" : "modified", editorial ? Tag.EDITORIAL : Tag.MODIFIED));
                }
                break;
            case ADDED:
                words.add(word("added", Tag.ADDED));
                break;
            case REMOVED:
                words.add(word("removed", Tag.REMOVED));
                break;
            case MOVED:
                Clause other = leftSide ? row.right() : row.left();
                words.add(word(leftSide ? "moved to" : "moved from", Tag.MOVED));
                if (other != null) {
                    words.add(word(other.label(), Tag.MOVED));
                }
                break;
            default:
                break;
        }
        if (row.relation() == Relation.SPLIT || row.relation() == Relation.MERGED) {
            words.add(word(row.relation() == Relation.SPLIT ? "split" : "merged", Tag.MOVED));
        }
        if (row.verbChanged() && !leftSide) {
            words.add(word("verb changed", Tag.VERB));
        }
        return words;
    }

    private static Cell word(String text, Tag tag) {
        return new Cell(text, tag, null, null, 0, false);
    }

    /** Writes the gutter words onto the column's first lines, adding empty lines if the text is shorter. */
    private static void tagGutter(List<Cell> cells, List<Cell> words) {
        for (int i = 0; i < words.size(); i++) {
            Cell w = words.get(i);
            if (i < cells.size()) {
                cells.set(i, cells.get(i).withGutter(w.gutter(), w.gutterTag()));
            } else {
                cells.add(Cell.blank(false).withGutter(w.gutter(), w.gutterTag()));
            }
        }
    }

    /** Brings both columns to the same number of lines; a side with no text here is shaded as a gap. */
    private static void pad(List<Cell> left, List<Cell> right, boolean leftGap, boolean rightGap) {
        while (left.size() < right.size()) {
            left.add(Cell.blank(leftGap));
        }
        while (right.size() < left.size()) {
            right.add(Cell.blank(rightGap));
        }
    }
}
