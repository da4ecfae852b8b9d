package org.clausewise.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled DejaVu Sans faces embedded (as subsets) in one document, with the two things the
 * layout asks of a font: how wide a text is, and which characters it can draw at all. A character
 * a face lacks becomes '?' instead of an exception deep inside PDFBox.
 */
final class PdfFonts {
    /** Font files are read from the classpath once per process; each document embeds its own subset. */
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    /**
     * Advance widths and glyph coverage per font file and code point. They never change, so they
     * are shared by all documents: a warm export measures nothing again.
     */
    private static final Map<String, Map<Integer, Float>> WIDTHS = new ConcurrentHashMap<>();
    private static final Map<String, Map<Integer, Boolean>> GLYPHS = new ConcurrentHashMap<>();

    final PDFont regular;
    final PDFont bold;
    final PDFont oblique;
    private final Map<PDFont, String> files = new HashMap<>();

    PdfFonts(PDDocument doc) throws IOException {
        regular = load(doc, "/fonts/DejaVuSans.ttf");
        bold = load(doc, "/fonts/DejaVuSans-Bold.ttf");
        oblique = load(doc, "/fonts/DejaVuSans-Oblique.ttf");
    }

    private PDFont load(PDDocument doc, String resource) throws IOException {
        PDFont font = loadFile(doc, resource);
        files.put(font, resource);
        return font;
    }

    private static PDFont loadFile(PDDocument doc, String resource) throws IOException {
        byte[] bytes = FILES.get(resource);
        if (bytes == null) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("the bundled font " + resource + " is missing from this build");
                }
                bytes = withoutSubstitutions(in.readAllBytes());
            }
            FILES.put(resource, bytes);
        }
        return PDType0Font.load(doc, new ByteArrayInputStream(bytes), true);
    }

    /**
     * Hides the font's GSUB table (renames its tag in the table directory). PDFBox would otherwise
     * set "fi" and "ffi" as ligature glyphs, which some viewers then cannot find when a user
     * searches for "field" or "office", and which the line breaker did not measure.
     */
    static byte[] withoutSubstitutions(byte[] font) {
        byte[] copy = font.clone();
        if (copy.length < 12) {
            return copy;
        }
        int tables = ((copy[4] & 0xFF) << 8) | (copy[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 <= copy.length && copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U'
                    && copy[at + 3] == 'B') {
                copy[at] = 'X'; // an unknown tag: readers skip the table
            }
        }
        return copy;
    }

    PDFont face(CharStyle style) {
        return style.bold() ? bold : style.italic() ? oblique : regular;
    }

    /** Width in points of {@code text} set in {@code font} at {@code size}; text must be printable. */
    float width(PDFont font, String text, float size) {
        Map<Integer, Float> cache = WIDTHS.computeIfAbsent(files.get(font), f -> new ConcurrentHashMap<>());
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Float w = cache.get(cp);
            if (w == null) {
                w = measure(font, cp);
                cache.put(cp, w);
            }
            units += w;
        }
        return units * size / 1000f;
    }

    private static float measure(PDFont font, int cp) {
        try {
            return font.getStringWidth(new String(Character.toChars(cp)));
        } catch (IOException | IllegalArgumentException e) {
            return 0f;
        }
    }

    /** True when {@code font} has a glyph for the code point. */
    boolean canDraw(PDFont font, int cp) {
        Map<Integer, Boolean> cache = GLYPHS.computeIfAbsent(files.get(font), f -> new ConcurrentHashMap<>());
        Boolean ok = cache.get(cp);
        if (ok == null) {
            ok = probe(font, cp);
            cache.put(cp, ok);
        }
        return ok;
    }

    private static boolean probe(PDFont font, int cp) {
        if (Character.isISOControl(cp)) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code text} with every character {@code font} cannot draw replaced by '?' (whitespace by a space). */
    String printable(PDFont font, String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp != '\t' && cp != '\n' && cp != '\r' && canDraw(font, cp);
            if (!ok && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                if (ok) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append(Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : '?');
                }
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }
}
