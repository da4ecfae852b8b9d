package org.clausewise.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.clausewise.export.ComparisonPdf;
import org.clausewise.export.PdfOptions;
import org.clausewise.model.Comparison;

/** Writes {@code compare LEFT RIGHT --pdf OUT.pdf}: A4 landscape, editorial changes shown, all rows. */
final class PdfOutput {
    private PdfOutput() {
    }

    /** {@code inputs}: the texts compared, which the PDF must never replace. */
    static void write(Comparison comparison, Path out, List<Path> inputs) throws UsageException {
        try {
            ComparisonPdf.write(comparison, out, PdfOptions.defaults(), inputs);
        } catch (IOException e) {
            // ComparisonPdf's messages are already one line a user can act on
            String msg = e.getMessage() == null ? "cannot write " + out : e.getMessage();
            throw new UsageException(msg.lines().findFirst().orElse(msg), e);
        }
    }
}
