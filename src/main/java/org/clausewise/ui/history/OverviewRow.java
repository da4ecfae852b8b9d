package org.clausewise.ui.history;

import java.util.List;
import org.clausewise.lineage.ClauseHistory;

/**
 * A row of the series overview: one clause through the sessions.
 *
 * @param label   the clause as it stands in its latest text, e.g. "OP 8"
 * @param preview the start of its latest wording, so a reader recognises it
 */
public record OverviewRow(ClauseHistory history, String label, String preview, List<OverviewCell> cells) {
    public OverviewRow {
        cells = List.copyOf(cells);
    }
}
