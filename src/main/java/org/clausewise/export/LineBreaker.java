package org.clausewise.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Wraps styled text into lines of a given width, breaking at spaces; a word longer than a whole
 * line (a long symbol or URL) is cut where it must be. Trailing and leading spaces of a line are
 * dropped, as a reader expects.
 */
final class LineBreaker {
    /** Raised footnote marks are set at this fraction of the text size. */
    static final float SUPERSCRIPT_SCALE = 0.65f;

    private final PdfFonts fonts;
    private final float size;

    LineBreaker(PdfFonts fonts, float size) {
        this.fonts = fonts;
        this.size = size;
    }

    List<TextLine> wrap(StyledChars text, float width) {
        int n = text.length();
        String[] glyph = new String[n];
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            CharStyle style = text.styles.get(i);
            PDFont font = fonts.face(style);
            glyph[i] = text.isSpace(i) ? " " : fonts.printable(font, text.chars.get(i));
            w[i] = fonts.width(font, glyph[i], style.superscript() ? size * SUPERSCRIPT_SCALE : size);
        }
        List<TextLine> lines = new ArrayList<>();
        int lineStart = -1;
        int lineEnd = -1;
        float x = 0;
        int i = 0;
        while (i < n) {
            if (text.isSpace(i)) {
                i++;
                continue;
            }
            int wordEnd = i;
            float wordWidth = 0;
            while (wordEnd < n && !text.isSpace(wordEnd)) {
                wordWidth += w[wordEnd++];
            }
            float gap = lineStart < 0 ? 0 : widthOf(w, lineEnd, i);
            if (lineStart >= 0 && x + gap + wordWidth > width) {
                lines.add(line(text, glyph, w, lineStart, lineEnd));
                lineStart = -1;
                x = 0;
                gap = 0;
            }
            if (lineStart < 0 && wordWidth > width) {
                // A word wider than the column: cut it character by character.
                int from = i;
                float cw = 0;
                for (int k = i; k < wordEnd; k++) {
                    if (cw + w[k] > width && k > from) {
                        lines.add(line(text, glyph, w, from, k));
                        from = k;
                        cw = 0;
                    }
                    cw += w[k];
                }
                lineStart = from;
                lineEnd = wordEnd;
                x = cw;
            } else {
                if (lineStart < 0) {
                    lineStart = i;
                }
                x += gap + wordWidth;
                lineEnd = wordEnd;
            }
            i = wordEnd;
        }
        if (lineStart >= 0) {
            lines.add(line(text, glyph, w, lineStart, lineEnd));
        }
        return lines;
    }

    private static float widthOf(float[] w, int from, int to) {
        float s = 0;
        for (int k = from; k < to; k++) {
            s += w[k];
        }
        return s;
    }

    /** Characters [from, to) as fragments of equal style. */
    private static TextLine line(StyledChars text, String[] glyph, float[] w, int from, int to) {
        List<Fragment> fragments = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        float x = 0;
        float start = 0;
        CharStyle current = null;
        for (int k = from; k < to; k++) {
            CharStyle style = text.styles.get(k);
            if (!style.equals(current)) {
                if (current != null) {
                    fragments.add(new Fragment(sb.toString(), start, x - start, current));
                    sb.setLength(0);
                }
                current = style;
                start = x;
            }
            sb.append(glyph[k]);
            x += w[k];
        }
        if (current != null) {
            fragments.add(new Fragment(sb.toString(), start, x - start, current));
        }
        return new TextLine(fragments);
    }
}
