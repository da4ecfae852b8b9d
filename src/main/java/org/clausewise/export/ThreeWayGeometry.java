package org.clausewise.export;

import org.clausewise.present.Column;

/**
 * Where the negotiation PDF's columns go across a landscape page (the vertical layout is
 * {@link PageGeometry}'s): a narrow story column on the left, then the three texts, each a small
 * gutter for its clause numbers and the clause text.
 */
record ThreeWayGeometry(PageGeometry page) {
    static final float STORY = 66;
    static final float STORY_GAP = 10;
    /** Room for "OP 123" and for "Annex" over an annex paragraph's "PP 4" (see ThreeWayRowComposer). */
    static final float NUMBER = 36;
    /** Clause numbers are set in bold at this size, and keep this much room before the text. */
    static final float NUMBER_SIZE = 8.5f;
    static final float NUMBER_PAD = 2;
    static final float COLUMN_GAP = 12;

    float storyX() {
        return PageGeometry.MARGIN_X;
    }

    float columnWidth() {
        return (page.bodyWidth() - STORY - STORY_GAP - 2 * COLUMN_GAP) / 3;
    }

    float columnX(Column column) {
        return PageGeometry.MARGIN_X + STORY + STORY_GAP + column.ordinal() * (columnWidth() + COLUMN_GAP);
    }

    float textX(Column column) {
        return columnX(column) + NUMBER;
    }

    float textWidth() {
        return columnWidth() - NUMBER;
    }
}
