package org.clausewise.ui;

import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;

import java.nio.file.Path;
import java.util.Locale;

/** File names for exported PDFs: "A-RES-61-168_vs_A-RES-69-179.pdf". */
final class ExportNames {
    private ExportNames() {
    }

    static String suggest(Comparison c) {
        return safe(c.left()) + "_vs_" + safe(c.right()) + ".pdf";
    }

    private static String safe(Resolution r) {
        return r.displayName().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Adds ".pdf" when the user typed a name without it. */
    static Path withPdfExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? p : p.resolveSibling(name + ".pdf");
    }
}
