package org.clausewise.ui.library;

import org.clausewise.export.PdfOptions;
import org.clausewise.model.Comparison;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a comparison as PDF; the composition root plugs in the PDF export. */
@FunctionalInterface
public interface PdfWriter {
    void write(Comparison comparison, Path out, PdfOptions options) throws IOException;
}
