package org.clausewise.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clausewise.files.SafeFile;
import org.clausewise.model.Comparison;
import org.clausewise.present.Presentation;

/**
 * Writes a comparison as PDF: both texts side by side, each clause on the same row as its
 * counterpart, with the same rows, badges and change marks the screen shows (from the same
 * presentation of the comparison under the same view options), a header on
 * every page, a summary and legend on the first, and "n / N" page numbers. The text is real text
 * in an embedded DejaVu Sans subset, so it can be selected and searched.
 */
public final class ComparisonPdf {
    private ComparisonPdf() {
    }

    /** As {@link #write(Comparison, Path, PdfOptions, Collection)} with no input files to protect. */
    public static void write(Comparison comparison, Path out, PdfOptions options) throws IOException {
        write(comparison, out, options, List.of());
    }

    /**
     * Writes {@code comparison} to {@code out} through {@link SafeFile}: never over one of
     * {@code inputs} (the texts compared), a read-only file, a link or a device; a temporary file
     * in the same folder, then a move into place. On failure nothing is left behind and the
     * IOException's message is one line a user can read ("cannot write /x/y.pdf: permission denied").
     */
    public static void write(Comparison comparison, Path out, PdfOptions options, Collection<Path> inputs)
            throws IOException {
        write(comparison, out, options, inputs, List.of());
    }

    /**
     * The same, with {@code notes} printed in the first page's summary, one paragraph each, under
     * the counts: what each amendment instruction did, when the right text is a draft as amended.
     */
    public static void write(Comparison comparison, Path out, PdfOptions options, Collection<Path> inputs,
            List<String> notes) throws IOException {
        Objects.requireNonNull(comparison, "comparison");
        List<String> shownNotes = List.copyOf(notes);
        Objects.requireNonNull(out, "out");
        PdfOptions opts = options == null ? PdfOptions.defaults() : options;
        PdfDocuments.save(out, inputs, () -> render(comparison, opts, shownNotes));
    }

    /** Writes {@code comparison} as PDF to a stream the caller opened (and closes). */
    public static void write(Comparison comparison, OutputStream out, PdfOptions options) throws IOException {
        try (PDDocument doc = render(comparison, options == null ? PdfOptions.defaults() : options)) {
            doc.save(out);
        }
    }

    /** The document in memory; the caller closes it. */
    static PDDocument render(Comparison comparison, PdfOptions options) throws IOException {
        return render(comparison, options, List.of());
    }

    private static PDDocument render(Comparison comparison, PdfOptions options, List<String> notes) throws IOException {
        String title = comparison.right().title() != null ? comparison.right().title() : comparison.left().title();
        Presentation shown = Presentation.of(comparison, options.view());
        return PdfDocuments.render(
                fonts -> new PageRenderer(comparison, ComparisonLayout.of(shown, options.pageSize(), fonts, notes), fonts),
                comparison.left().displayName() + " compared with " + comparison.right().displayName(),
                title == null ? "Comparison of two General Assembly texts"
                        : "Comparison of two General Assembly texts: " + title);
    }
}
