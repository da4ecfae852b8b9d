package org.clausewise.compare;

import java.util.Locale;

/**
 * What happened to one clause between last session's resolution, this session's draft and the text
 * adopted: the one word a negotiator reads first. When the clause changed both before the draft and
 * in negotiation, the story is the later step (see {@link StoryRule}); the row still carries both
 * steps, so a reader sees the earlier one too.
 */
public enum Story {
    /** In the draft and the adopted text, not in last session's resolution; unchanged in negotiation. */
    NEW_THIS_SESSION,
    /** In all three; the draft took it over unchanged (up to editorial changes) and negotiation kept it. */
    CARRIED_OVER,
    /** In all three; the draft changed it from last session's wording, negotiation kept the draft's. */
    CHANGED_FROM_LAST_YEAR,
    /** The draft's wording was changed before adoption (whatever happened to it before the draft). */
    CHANGED_IN_NEGOTIATION,
    /** In the draft, not in the adopted text. */
    DROPPED_IN_NEGOTIATION,
    /** Only in the adopted text: negotiation added it. */
    ADDED_IN_NEGOTIATION,
    /** In last session's resolution, left out of the draft, back in the adopted text. */
    RESTORED,
    /** In last session's resolution only: the draft did not take it over. */
    NOT_CARRIED_OVER;

    /** The word of the command-line JSON: {@code "new-this-session"}, {@code "carried-over"}, … */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A story other than carried over is a change: it is in the change list and F7 stops at it. */
    public boolean isChange() {
        return this != CARRIED_OVER;
    }
}
