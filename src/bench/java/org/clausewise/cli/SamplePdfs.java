package org.clausewise.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.clausewise.ingest.pdf.PdfTextReader;

/**
 * PDFs for {@code bench import} when the official ones are not at hand: each bundled corpus text
 * set line by line in Times on Letter pages, so the whole PDF path (glyphs, lines, furniture by
 * position, parser) runs on resolutions of real length. Built in memory; nothing is written.
 */
final class SamplePdfs {
    private static final float TOP = 72;
    /** The first page leaves the top fifth to the masthead, as the official PDFs do. */
    private static final float FIRST_TOP = 200;
    private static final float BOTTOM = 720;
    private static final float LEADING = 12;

    private SamplePdfs() {
    }

    static byte[] render(String text) throws IOException {
        PdfTextReader.quietPdfBox();
        PDType1Font times = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        try (PDDocument document = new PDDocument()) {
            PDPageContentStream page = null;
            float y = BOTTOM;
            for (String line : List.of(text.split("\r?\n"))) {
                if (y + LEADING > BOTTOM) {
                    if (page != null) {
                        page.close();
                    }
                    PDPage p = new PDPage(PDRectangle.LETTER);
                    document.addPage(p);
                    page = new PDPageContentStream(document, p);
                    y = document.getNumberOfPages() == 1 ? FIRST_TOP : TOP;
                }
                y += LEADING;
                String shown = encodable(times, line.strip());
                if (!shown.isEmpty()) {
                    page.beginText();
                    page.setFont(times, 10);
                    page.newLineAtOffset(line.startsWith(" ") || line.startsWith("\t") ? 108 : 72,
                            PDRectangle.LETTER.getHeight() - y);
                    page.showText(shown);
                    page.endText();
                }
            }
            if (page != null) {
                page.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The line with what the font's encoding lacks turned into '?'. */
    private static String encodable(PDType1Font font, String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            try {
                font.encode(String.valueOf(c));
                sb.append(c == '\t' ? ' ' : c);
            } catch (IllegalArgumentException | IOException e) {
                sb.append('?');
            }
        }
        return sb.toString();
    }
}
