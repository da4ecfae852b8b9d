package org.clausewise.export;

import java.util.List;
import org.clausewise.present.Column;
import org.clausewise.present.ThreeWayPresentedRow;

/**
 * A negotiation-view row laid out: the story column and the three text columns as the same number
 * of lines, so a page break can fall between any two lines and all columns go on together.
 */
record ThreeWayBlock(ThreeWayPresentedRow row, List<Cell> story, List<Cell> previous, List<Cell> draft,
                     List<Cell> adopted) {
    ThreeWayBlock {
        if (story.size() != previous.size() || previous.size() != draft.size() || draft.size() != adopted.size()) {
            throw new IllegalArgumentException("the columns of a row must have the same number of lines");
        }
        story = List.copyOf(story);
        previous = List.copyOf(previous);
        draft = List.copyOf(draft);
        adopted = List.copyOf(adopted);
    }

    List<Cell> cells(Column column) {
        switch (column) {
            case PREVIOUS: return previous;
            case DRAFT: return draft;
            default: return adopted;
        }
    }

    int lines() {
        return story.size();
    }

    /** Lines that stay on one page with the first: those carrying the story and its notes. */
    int headLines() {
        int head = 1;
        for (int i = 0; i < lines(); i++) {
            if (story.get(i).gutter() != null) {
                head = i + 1;
            }
        }
        return head;
    }
}
