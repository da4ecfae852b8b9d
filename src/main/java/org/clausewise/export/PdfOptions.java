package org.clausewise.export;

import org.clausewise.present.ViewOptions;

/**
 * How to lay out a comparison PDF.
 *
 * @param pageSize      A4 (default) or Letter, always landscape
 * @param showEditorial draw editorial changes in the quieter style; false leaves them out, as
 *                      when the user has hidden them on screen
 * @param onlyChanges   leave unchanged rows out, as "show only changes" does on screen
 */
public record PdfOptions(PageSize pageSize, boolean showEditorial, boolean onlyChanges) {
    public enum PageSize { A4, LETTER }

    public static PdfOptions defaults() {
        return new PdfOptions(PageSize.A4, true, false);
    }

    /** The same view as on screen (or on the command line), on {@code pageSize} pages. */
    public static PdfOptions of(PageSize pageSize, ViewOptions view) {
        return new PdfOptions(pageSize, view.showEditorial(), view.onlyChanges());
    }

    /** What is shown: the presentation's options. */
    public ViewOptions view() {
        return new ViewOptions(onlyChanges, showEditorial);
    }
}
