package org.clausewise.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
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
        SafeFile file = SafeFile.of(out, inputs);
        file.check(); // refuse before the work of drawing
        file.write(stream -> {
            try (PDDocument doc = render(comparison, opts, shownNotes)) {
                doc.save(stream);
            }
        });
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
        PDDocument doc = new PDDocument();
        try {
            PdfFonts fonts = new PdfFonts(doc);
            ComparisonLayout layout = ComparisonLayout.of(Presentation.of(comparison, options.view()),
                    options.pageSize(), fonts, notes);
            PageRenderer renderer = new PageRenderer(comparison, layout, fonts);
            for (int i = 0; i < layout.pageCount(); i++) {
                PDPage page = new PDPage(layout.page.mediaBox());
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    renderer.draw(new TextPainter(cs, fonts), i);
                }
            }
            describe(doc, comparison);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    private static void describe(PDDocument doc, Comparison c) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(c.left().displayName() + " compared with " + c.right().displayName());
        String title = c.right().title() != null ? c.right().title() : c.left().title();
        info.setSubject(title == null ? "Comparison of two General Assembly texts"
                : "Comparison of two General Assembly texts: " + title);
        info.setProducer("Clausewise");
        info.setCreator("Clausewise");
        info.setCreationDate(Calendar.getInstance());
    }
}
