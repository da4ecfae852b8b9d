package org.clausewise.ui;

/**
 * Which side panels a window of a given width can show and still give each text column of the
 * viewer a readable width. The change panel gives way first (its strip keeps next/previous and
 * "4/12"), then the library sidebar. A panel the user asked for while there was no room stays
 * ("forced"): the user's word beats the rule. Plain arithmetic, tested without a window.
 */
record PanelFit(boolean library, boolean changes) {
    /** A text column narrower than this wraps every third word; below it panels fold away. */
    static final double MIN_TEXT_COLUMN = 220;
    /** What a row spends besides its two text columns: two clause numbers, the badge column, padding, scroll bar. */
    static final double ROW_FURNITURE = 58 + 112 + 58 + 12 + 16 + 8;
    /** The width of a folded panel's strip. */
    static final double STRIP = 34;

    /**
     * @param window         the window's width
     * @param libraryWidth   the sidebar's width when shown
     * @param changesWidth   the change panel's width when shown
     * @param libraryWanted  the user wants the sidebar (View menu, Ctrl+B; remembered)
     * @param changesWanted  the user wants the change panel (Ctrl+J; remembered)
     * @param libraryForced  the user showed the sidebar while there was no room for it
     * @param changesForced  the same for the change panel
     */
    static PanelFit decide(double window, double libraryWidth, double changesWidth, boolean libraryWanted,
                           boolean changesWanted, boolean libraryForced, boolean changesForced) {
        boolean library = libraryWanted;
        boolean changes = changesWanted;
        if (changes && !changesForced && textColumn(window, library ? libraryWidth : STRIP, changesWidth) < MIN_TEXT_COLUMN) {
            changes = false;
        }
        if (library && !libraryForced
                && textColumn(window, libraryWidth, changes ? changesWidth : STRIP) < MIN_TEXT_COLUMN) {
            library = false;
        }
        return new PanelFit(library, changes);
    }

    /** The width of each text column when the panels take {@code left} and {@code right}. */
    static double textColumn(double window, double left, double right) {
        return (window - left - right - ROW_FURNITURE) / 2;
    }
}
