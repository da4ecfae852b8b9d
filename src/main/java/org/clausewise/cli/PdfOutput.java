package org.clausewise.cli;

import java.nio.file.Path;
import org.clausewise.model.Comparison;

/** Writes {@code compare LEFT RIGHT --pdf OUT.pdf}. Placeholder until the PDF export lands. */
final class PdfOutput {
    private PdfOutput() {
    }

    static void write(Comparison comparison, Path out) throws UsageException {
        throw new UsageException("PDF export is not available yet");
    }
}
