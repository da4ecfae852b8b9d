package org.clausewise.export;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.clausewise.model.ComparableText;

/** Reads a written PDF back the way a reader's tools do: extracted text, glyph positions, pixels. */
final class PdfProbe implements AutoCloseable {
    final PDDocument doc;

    PdfProbe(Path pdf) throws IOException {
        doc = Loader.loadPDF(pdf.toFile());
    }

    int pages() {
        return doc.getNumberOfPages();
    }

    /** Text of one page (0-based), in content-stream order as drawn. */
    String text(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        return stripper.getText(doc);
    }

    /** All glyphs of a page with their positions. */
    List<TextPosition> glyphs(int page) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                all.add(text);
                super.processTextPosition(text);
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(doc);
        return all;
    }

    /**
     * Boxes (in points, y down from the top of the page) of each place where {@code word} is drawn
     * on the page as consecutive glyphs.
     */
    List<Rectangle2D> find(int page, String word) throws IOException {
        List<TextPosition> glyphs = glyphs(page);
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int i = 0; i + word.length() <= glyphs.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < word.length() && sb.length() < word.length(); k++) {
                sb.append(glyphs.get(i + k).getUnicode());
            }
            if (sb.toString().equals(word)) {
                TextPosition first = glyphs.get(i);
                TextPosition last = glyphs.get(i + word.length() - 1);
                float top = first.getYDirAdj() - first.getHeightDir();
                boxes.add(new Rectangle2D.Float(first.getXDirAdj(), top,
                        last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj(), first.getHeightDir()));
            }
        }
        return boxes;
    }

    /**
     * Text inside one column's body (below the header, above the footer) of a page: clause
     * numbers, notes and clause text of that side only.
     */
    String columnText(int page, PageGeometry geometry, boolean left) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        float top = geometry.height() - geometry.bodyTop();
        float height = geometry.bodyTop() - geometry.bodyBottom();
        stripper.addRegion("column", new Rectangle2D.Float(geometry.columnX(left) - 1, top,
                geometry.columnWidth() + 2, height));
        stripper.extractRegions(doc.getPage(page));
        return stripper.getTextForRegion("column");
    }

    BufferedImage render(int page, float dpi) throws IOException {
        return new PDFRenderer(doc).renderImageWithDPI(page, dpi);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    /**
     * Normalised words of a text for order checks: comparable form (quotes, hyphens), superscript
     * footnote marks (superscript digits, raised '*') dropped, split on spaces.
     */
    static List<String> words(String text) {
        String s = ComparableText.of(text.replaceAll("[\u00B9\u00B2\u00B3\u2070-\u2079*]", ""));
        List<String> words = new ArrayList<>();
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Index in {@code haystack} just after {@code needle}'s words found in reading order, the
     * first at or after {@code from}; between two words of the needle at most {@link #MAX_GAP}
     * other words may come (gutter notes such as "moved from OP 3" or "OP 5 cont."). -1 if absent.
     */
    static int findInOrder(List<String> haystack, List<String> needle, int from) {
        Match m = match(haystack, needle, from);
        return m == null ? -1 : m.end();
    }

    /** Where a needle was found: first word's index, and the index just after its last word. */
    record Match(int start, int end) {
    }

    static Match match(List<String> haystack, List<String> needle, int from) {
        if (needle.isEmpty()) {
            return new Match(from, from);
        }
        for (int start = from; start < haystack.size(); start++) {
            if (haystack.get(start).equals(needle.get(0))) {
                int end = follow(haystack, needle, start + 1);
                if (end >= 0) {
                    return new Match(start, end);
                }
            }
        }
        return null;
    }

    static final int MAX_GAP = 6;

    private static int follow(List<String> haystack, List<String> needle, int at) {
        for (int n = 1; n < needle.size(); n++) {
            int limit = Math.min(haystack.size(), at + MAX_GAP + 1);
            int found = -1;
            for (int k = at; k < limit; k++) {
                if (haystack.get(k).equals(needle.get(n))) {
                    found = k;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            at = found + 1;
        }
        return at;
    }
}
