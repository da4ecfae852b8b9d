package org.clausewise.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.present.ThreeWayPresentation;

/**
 * Writes the negotiation view as PDF: last session's resolution, the draft and the adopted text in
 * three columns on A4 (or Letter) landscape, each clause's story in words beside it, the marks of
 * the window (strike-through and underline, so it reads in black and white), a header naming the
 * three texts, a summary and legend, and "n / N" page numbers.
 */
public final class ThreeWayPdf {
    private ThreeWayPdf() {
    }

    /** As {@link #write(ThreeWayComparison, Path, PdfOptions, Collection)} with no input files to protect. */
    public static void write(ThreeWayComparison comparison, Path out, PdfOptions options) throws IOException {
        write(comparison, out, options, List.of());
    }

    /**
     * Writes through {@link org.clausewise.files.SafeFile}: never over one of {@code inputs} (the three
     * texts), never half a file; the IOException's message is one line.
     */
    public static void write(ThreeWayComparison comparison, Path out, PdfOptions options, Collection<Path> inputs)
            throws IOException {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(out, "out");
        PdfOptions opts = options == null ? PdfOptions.defaults() : options;
        PdfDocuments.save(out, inputs, () -> render(comparison, opts));
    }

    /** The document in memory; the caller closes it. */
    static PDDocument render(ThreeWayComparison comparison, PdfOptions options) throws IOException {
        String title = comparison.adopted().title();
        ThreeWayPresentation shown = ThreeWayPresentation.of(comparison, options.view());
        return PdfDocuments.render(
                fonts -> new ThreeWayPageRenderer(comparison, ThreeWayLayout.of(shown, options.pageSize(), fonts), fonts),
                comparison.previous().displayName() + ", " + comparison.draft().displayName() + " and "
                        + comparison.adopted().displayName(),
                title == null ? "Negotiation of a General Assembly text"
                        : "Negotiation of a General Assembly text: " + title);
    }
}
