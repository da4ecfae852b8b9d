package org.clausewise.ui.library;

import org.clausewise.export.PdfOptions;
import org.clausewise.model.Comparison;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

/** Writes a comparison as PDF; the composition root plugs in the PDF export. */
@FunctionalInterface
public interface PdfWriter {
    void write(Comparison comparison, Path out, PdfOptions options) throws IOException;

    /** As {@link #write(Comparison, Path, PdfOptions)}, never over one of {@code inputs} (the texts compared). */
    default void write(Comparison comparison, Path out, PdfOptions options, Collection<Path> inputs) throws IOException {
        write(comparison, out, options);
    }
}
