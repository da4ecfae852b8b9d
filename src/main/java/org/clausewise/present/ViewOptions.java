package org.clausewise.present;

/**
 * What the reader asked to see: the window's two toggles, the PDF's options and the command
 * line's {@code --only-changes} / {@code --hide-editorial} are this one record.
 *
 * @param onlyChanges   leave out rows that show no change
 * @param showEditorial mark editorial changes (quotes, hyphens, OCR slips) in the quieter style;
 *                      false draws them as plain text and a row changed only so is not a change
 */
public record ViewOptions(boolean onlyChanges, boolean showEditorial) {
    /** Every row, editorial changes marked: what the window shows first and the CLI prints by default. */
    public static final ViewOptions ALL = new ViewOptions(false, true);

    public ViewOptions withOnlyChanges(boolean only) {
        return new ViewOptions(only, showEditorial);
    }

    public ViewOptions withShowEditorial(boolean show) {
        return new ViewOptions(onlyChanges, show);
    }
}
