package org.clausewise.export;

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
}
