package org.clausewise.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.export.ComparisonPdf;
import org.clausewise.export.PdfOptions;
import org.clausewise.export.ThreeWayPdf;
import org.clausewise.model.Comparison;
import org.clausewise.present.ViewOptions;

/** Writes {@code compare ... --pdf OUT.pdf} and {@code compare3 ... --pdf}: A4 landscape, the rows and marks of the view options. */
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
        write(file, out -> ComparisonPdf.write(comparison, out, PdfOptions.of(PdfOptions.PageSize.A4, view), inputs,
                notes));
    }

    /** {@code compare3 ... --pdf OUT.pdf}: the negotiation view's three columns; never over one of the three texts. */
    static void write(ThreeWayComparison comparison, String file, ViewOptions view, List<Path> inputs)
            throws WriteFailedException {
        write(file, out -> ThreeWayPdf.write(comparison, out, PdfOptions.of(PdfOptions.PageSize.A4, view), inputs));
    }

    /** Writes one PDF through the export's safe writer. */
    private interface PdfWrite {
        void to(Path out) throws IOException;
    }

    private static void write(String file, PdfWrite pdf) throws WriteFailedException {
        Path out;
        try {
            out = Path.of(file);
        } catch (InvalidPathException e) {
            throw new WriteFailedException("cannot write '" + file + "': not a valid file name", e);
        }
        try {
            pdf.to(out);
        } catch (IOException e) {
            // the PDF writers' messages are already one line a user can act on
            String msg = e.getMessage() == null ? "cannot write " + out : e.getMessage();
            throw new WriteFailedException(msg.lines().findFirst().orElse(msg), e);
        }
    }
}
