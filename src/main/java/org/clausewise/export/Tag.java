package org.clausewise.export;

/** What a word in a column's gutter says: the clause number, or a small note on the change. */
enum Tag {
    /** "OP 12", bold. */
    NUMBER,
    /** "OP 12 cont." at the top of a page where a long row goes on. */
    CONTINUED,
    MODIFIED, EDITORIAL, ADDED, REMOVED, MOVED, VERB,
    /** A note that is not a kind of change ("compared coarsely"). */
    NOTE
}
