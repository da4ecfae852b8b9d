package org.clausewise.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.clausewise.export.ComparisonPdf;
import org.clausewise.export.PdfOptions;
import org.clausewise.model.Comparison;
import org.clausewise.present.ViewOptions;

/** Writes {@code compare LEFT RIGHT --pdf OUT.pdf}: A4 landscape, the rows and marks of the view options. */
final class PdfOutput {
    private PdfOutput() {
    }

    /** {@code inputs}: the texts compared, which the PDF must never replace. */
    static void write(Comparison comparison, String file, ViewOptions view, List<Path> inputs)
            throws WriteFailedException {
        write(comparison, file, view, inputs, List.of());
    }

    /** The same, with {@code notes} in the first page's summary (what each amendment instruction did). */
    static void write(Comparison comparison, String file, ViewOptions view, List<Path> inputs, List<String> notes)
            throws WriteFailedException {
        Path out;
        try {
            out = Path.of(file);
        } catch (InvalidPathException e) {
            throw new WriteFailedException("cannot write '" + file + "': not a valid file name", e);
        }
        try {
            ComparisonPdf.write(comparison, out, PdfOptions.of(PdfOptions.PageSize.A4, view), inputs, notes);
        } catch (IOException e) {
            // ComparisonPdf's messages are already one line a user can act on
            String msg = e.getMessage() == null ? "cannot write " + out : e.getMessage();
            throw new WriteFailedException(msg.lines().findFirst().orElse(msg), e);
        }
    }
}
