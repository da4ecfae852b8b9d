package org.clausewise.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Collection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.clausewise.files.SafeFile;

/**
 * The steps every Clausewise PDF takes: lay out with the document's embedded fonts, draw each page,
 * say who made it, and save through {@link SafeFile}, closing the document on any failure.
 */
final class PdfDocuments {
    private PdfDocuments() {
    }

    /** Pages laid out before anything is drawn, so each footer knows the page count. */
    interface Drawing {
        int pageCount();

        PDRectangle mediaBox();

        void draw(TextPainter painter, int page) throws IOException;
    }

    /** Lays the document out once its fonts are embedded. */
    interface Layout {
        Drawing with(PdfFonts fonts) throws IOException;
    }

    /** Makes the whole document in memory. */
    interface Maker {
        PDDocument make() throws IOException;
    }

    /**
     * Writes the document made by {@code maker} to {@code out} through {@link SafeFile}: never over
     * one of {@code inputs} (the texts compared), refused before the work of drawing, never half a file.
     */
    static void save(Path out, Collection<Path> inputs, Maker maker) throws IOException {
        SafeFile file = SafeFile.of(out, inputs);
        file.check();
        file.write(stream -> {
            try (PDDocument doc = maker.make()) {
                doc.save(stream);
            }
        });
    }

    /** The document with every page drawn and titled; the caller closes it. */
    static PDDocument render(Layout layout, String title, String subject) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            PdfFonts fonts = new PdfFonts(doc);
            Drawing drawing = layout.with(fonts);
            for (int i = 0; i < drawing.pageCount(); i++) {
                PDPage page = new PDPage(drawing.mediaBox());
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    drawing.draw(new TextPainter(cs, fonts), i);
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(subject);
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
