package org.clausewise.export;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws wrapped clause text: a tinted background behind changed words, the words in their
 * colour as real (selectable, searchable) text, then the underline or strike-through.
 */
final class TextPainter {
    private final PDPageContentStream cs;
    private final PdfFonts fonts;

    TextPainter(PDPageContentStream cs, PdfFonts fonts) {
        this.cs = cs;
        this.fonts = fonts;
    }

    void line(TextLine line, float x, float baseline, float size) throws IOException {
        for (Fragment f : line.fragments()) {
            Color bg = Palette.background(f.style().mark());
            if (bg != null) {
                cs.setNonStrokingColor(bg);
                cs.addRect(x + f.x() - 0.5f, baseline - size * 0.27f, f.width() + 1f, size * 1.2f);
                cs.fill();
            }
        }
        cs.beginText();
        for (Fragment f : line.fragments()) {
            CharStyle style = f.style();
            float fontSize = style.superscript() ? size * LineBreaker.SUPERSCRIPT_SCALE : size;
            float rise = style.superscript() ? size * 0.38f : 0f;
            cs.setFont(fonts.face(style), fontSize);
            cs.setNonStrokingColor(Palette.text(style.mark()));
            cs.setTextMatrix(Matrix.getTranslateInstance(x + f.x(), baseline + rise));
            cs.showText(f.text());
        }
        cs.endText();
        for (Fragment f : line.fragments()) {
            Mark mark = f.style().mark();
            if (mark.underlined() || mark.struck()) {
                float y = mark.underlined() ? baseline - size * 0.14f : baseline + size * 0.30f;
                cs.setStrokingColor(Palette.text(mark));
                cs.setLineWidth(mark.isEditorial() ? 0.5f : 0.7f);
                if (mark.isEditorial()) {
                    cs.setLineDashPattern(new float[] {1.5f, 1.5f}, 0);
                }
                cs.moveTo(x + f.x(), y);
                cs.lineTo(x + f.x() + f.width(), y);
                cs.stroke();
                if (mark.isEditorial()) {
                    cs.setLineDashPattern(new float[0], 0);
                }
            }
        }
    }

    /** One plain string in one font and colour, for headers, labels and notes. */
    void plain(String text, PDFont font, float size, Color color, float x, float baseline) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.setTextMatrix(Matrix.getTranslateInstance(x, baseline));
        cs.showText(fonts.printable(font, text));
        cs.endText();
    }

    /** {@code text} shortened with an ellipsis to fit {@code width}. */
    String fit(String text, PDFont font, float size, float width) {
        String t = fonts.printable(font, text);
        if (fonts.width(font, t, size) <= width) {
            return t;
        }
        int end = t.length();
        while (end > 0 && fonts.width(font, t.substring(0, end) + "…", size) > width) {
            end--;
        }
        return t.substring(0, end).stripTrailing() + "…";
    }

    void rule(Color color, float width, float x1, float y1, float x2, float y2) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(width);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    void fill(Color color, float x, float y, float w, float h) throws IOException {
        cs.setNonStrokingColor(color);
        cs.addRect(x, y, w, h);
        cs.fill();
    }
}
