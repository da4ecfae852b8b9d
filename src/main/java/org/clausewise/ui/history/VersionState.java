package org.clausewise.ui.history;

import org.clausewise.lineage.ClauseHistory;
import org.clausewise.lineage.ClauseVersion;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;

/**
 * What a clause's history shows for one text: a cell of the series overview, a badge of the
 * history view. Each state has a mark as well as a colour, so it reads in greyscale.
 */
public enum VersionState {
    /** In the series' first text: it may be older still. */
    FROM_START("•", "in the first text"),
    /** First appears in this text. */
    ADDED("+", "first appearance"),
    UNCHANGED("=", "unchanged"),
    EDITORIAL("~", "editorial change"),
    SUBSTANTIVE("Δ", "substantive change"),
    /** Same wording, matched out of order. */
    MOVED("↕", "moved"),
    ABSENT("", "absent"),
    /** The first text without it, after it had been there. */
    DROPPED("×", "dropped");

    private final String mark;
    private final String description;

    VersionState(String mark, String description) {
        this.mark = mark;
        this.description = description;
    }

    public String mark() {
        return mark;
    }

    public String description() {
        return description;
    }

    /** The state of {@code history} in the text at {@code position}. */
    public static VersionState of(ClauseHistory history, int position) {
        return history.at(position).map(v -> of(history, v)).orElseGet(() ->
                history.droppedIn().isPresent() && position == history.latest().position() + 1 ? DROPPED : ABSENT);
    }

    static VersionState of(ClauseHistory history, ClauseVersion v) {
        if (v == history.firstAppearance()) {
            return history.presentFromStart() ? FROM_START : ADDED;
        }
        ChangeClass change = v.wordingChange();
        if (change == ChangeClass.SUBSTANTIVE) {
            return SUBSTANTIVE;
        }
        if (change == ChangeClass.EDITORIAL) {
            return EDITORIAL;
        }
        return v.kind() == ChangeKind.MOVED ? MOVED : UNCHANGED;
    }
}
