package org.clausewise.present;

/**
 * A word on what happened to a clause: every change has one, so nothing relies on colour alone.
 * The window shows a row's badges in its middle column, the PDF in the gutter, the change list
 * and the command line after the clause number.
 *
 * @param text   the short words every drawer shows: "moved from OP 3", "verb changed"
 * @param detail more for a tip or the command line ("Welcomes → Recalls"), or null
 */
public record Badge(Kind kind, String text, String detail) {
    public Badge(Kind kind, String text) {
        this(kind, text, null);
    }

    public enum Kind {
        ADDED, REMOVED, MODIFIED,
        /** Modified, but only quotes, hyphens, spacing or OCR slips. */
        EDITORIAL,
        /** Matched out of order: "moved from OP 3". */
        MOVED,
        /** The operative verb changed: Welcomes → Recalls. */
        VERB_CHANGED,
        SPLIT, MERGED,
        /** Some of its sub-paragraphs were matched out of order: "reordered". */
        SUBPARAGRAPHS_MOVED,
        /** The clause was too long for a word diff and was compared coarsely. */
        COARSE
    }
}
