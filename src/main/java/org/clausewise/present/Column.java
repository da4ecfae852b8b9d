package org.clausewise.present;

import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.compare.ThreeWayRow;
import org.clausewise.compare.ThreeWaySubRow;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;

/** The three columns of the negotiation view, left to right. */
public enum Column {
    PREVIOUS("Last session's resolution"), DRAFT("Draft"), ADOPTED("Adopted text");

    private final String title;

    Column(String title) {
        this.title = title;
    }

    /** The column's heading: "Last session's resolution", "Draft", "Adopted text". */
    public String title() {
        return title;
    }

    public Resolution text(ThreeWayComparison c) {
        switch (this) {
            case PREVIOUS: return c.previous();
            case DRAFT: return c.draft();
            default: return c.adopted();
        }
    }

    public Clause clause(ThreeWayRow row) {
        switch (this) {
            case PREVIOUS: return row.previous();
            case DRAFT: return row.draft();
            default: return row.adopted();
        }
    }

    public SubParagraph sub(ThreeWaySubRow row) {
        switch (this) {
            case PREVIOUS: return row.previous();
            case DRAFT: return row.draft();
            default: return row.adopted();
        }
    }
}
