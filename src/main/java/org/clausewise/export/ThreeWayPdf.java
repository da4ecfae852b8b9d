package org.clausewise.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.present.ThreeWayPresentation;

/**
 * Writes the negotiation view as PDF: last session's resolution, the draft and the adopted text in
 * three columns on A4 (or Letter) landscape, each clause's story in words beside it, the marks of
 * the window (strike-through and underline, so it reads in black and white), a header naming the
 * three texts, a summary and legend, and "n / N" page numbers. Written through {@link SafeFile}.
 */
public final class ThreeWayPdf {
    private ThreeWayPdf() {
    }

    /** Writes safely (a temporary file in the same folder, then a move); the IOException's message is one line. */
    public static void write(ThreeWayComparison comparison, Path out, PdfOptions options) throws IOException {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(out, "out");
        PdfOptions opts = options == null ? PdfOptions.defaults() : options;
        SafeFile.write(out, temp -> {
            try (PDDocument doc = render(comparison, opts)) {
                doc.save(temp.toFile());
            }
        });
    }

    /** The document in memory; the caller closes it. */
    static PDDocument render(ThreeWayComparison comparison, PdfOptions options) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            PdfFonts fonts = new PdfFonts(doc);
            ThreeWayLayout layout = ThreeWayLayout.of(ThreeWayPresentation.of(comparison, options.view()),
                    options.pageSize(), fonts);
            ThreeWayPageRenderer renderer = new ThreeWayPageRenderer(comparison, layout, fonts);
            for (int i = 0; i < layout.pageCount(); i++) {
                PDPage page = new PDPage(layout.columns.page().mediaBox());
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    renderer.draw(new TextPainter(cs, fonts), i);
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(comparison.previous().displayName() + ", " + comparison.draft().displayName() + " and "
                    + comparison.adopted().displayName());
            String title = comparison.adopted().title();
            info.setSubject(title == null ? "Negotiation of a General Assembly text"
                    : "Negotiation of a General Assembly text: " + title);
            info.setProducer("Clausewise");
            info.setCreator("Clausewise");
            info.setCreationDate(Calendar.getInstance());
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }
}
