package org.clausewise.present;

import java.util.List;

/**
 * A lettered sub-paragraph across the three columns, beside its counterparts; a column without it
 * has null runs and label, and the drawers leave a gap there.
 */
public record ThreeWaySubLine(String previousLabel, List<Run> previous, String draftLabel, List<Run> draft,
                              String adoptedLabel, List<Run> adopted) {
    public ThreeWaySubLine {
        previous = previous == null ? null : List.copyOf(previous);
        draft = draft == null ? null : List.copyOf(draft);
        adopted = adopted == null ? null : List.copyOf(adopted);
    }

    public List<Run> runs(Column column) {
        switch (column) {
            case PREVIOUS: return previous;
            case DRAFT: return draft;
            default: return adopted;
        }
    }

    public String label(Column column) {
        switch (column) {
            case PREVIOUS: return previousLabel;
            case DRAFT: return draftLabel;
            default: return adoptedLabel;
        }
    }
}
