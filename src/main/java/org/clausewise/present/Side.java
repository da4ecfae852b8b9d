package org.clausewise.present;

import java.util.List;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Span;
import org.clausewise.model.SubParagraph;
import org.clausewise.model.SubparagraphRow;
import org.clausewise.model.TextDiff;

/** The left (older: deletions) or right (newer: insertions) side of a comparison. */
public enum Side {
    LEFT, RIGHT;

    public Clause clause(ClauseRow row) {
        return this == LEFT ? row.left() : row.right();
    }

    public SubParagraph sub(SubparagraphRow row) {
        return this == LEFT ? row.left() : row.right();
    }

    public List<Span> spans(TextDiff diff) {
        if (diff == null) {
            return List.of();
        }
        return this == LEFT ? diff.leftSpans() : diff.rightSpans();
    }

    /** The mark of this side's changed words: deleted on the left, inserted on the right. */
    public Run.Mark changeMark() {
        return this == LEFT ? Run.Mark.DELETED : Run.Mark.INSERTED;
    }

    public Side other() {
        return this == LEFT ? RIGHT : LEFT;
    }
}
