package org.clausewise.export;

/**
 * How a run of clause text is marked in the PDF: plain, one of the four kinds of change, or the
 * sign of a sub-paragraph moved within its clause.
 */
enum Mark {
    NONE, INSERT, DELETE, EDITORIAL_INSERT, EDITORIAL_DELETE, MOVED;

    boolean isChange() {
        return this != NONE && this != MOVED;
    }

    boolean isEditorial() {
        return this == EDITORIAL_INSERT || this == EDITORIAL_DELETE;
    }

    /** Underlined so that insertions still read in greyscale. */
    boolean underlined() {
        return this == INSERT || this == EDITORIAL_INSERT;
    }

    /** Struck through so that deletions still read in greyscale. */
    boolean struck() {
        return this == DELETE || this == EDITORIAL_DELETE;
    }
}
