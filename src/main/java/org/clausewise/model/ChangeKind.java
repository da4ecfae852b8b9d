package org.clausewise.model;

import java.util.Locale;

/** What happened to a clause between the left and the right text. Renumbering alone is not a change. */
public enum ChangeKind {
    /** Same clause, same wording (up to normalisation), in order. */
    UNCHANGED,
    /** Same clause, wording changed; see the row's {@link ChangeClass}. */
    MODIFIED,
    /** Only in the right text. */
    ADDED,
    /** Only in the left text. */
    REMOVED,
    /** Matched out of order; may carry wording edits too. */
    MOVED;

    /** The status word of the command-line JSON. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
