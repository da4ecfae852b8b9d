package org.clausewise.export;

import java.io.IOException;
import java.nio.file.Path;
import org.clausewise.model.Comparison;

/** Writes a comparison as PDF. Placeholder until the PDF export lands; the signature is the API. */
public final class ComparisonPdf {
    private ComparisonPdf() {
    }

    /** Writes {@code comparison} to {@code out} safely (temp file in the same folder, then move). */
    public static void write(Comparison comparison, Path out, PdfOptions options) throws IOException {
        throw new IOException("PDF export is not available yet");
    }
}
