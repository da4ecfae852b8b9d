package org.clausewise.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Plain text wrapped into lines of a width, for the session brief (which has no change marks to
 * keep, so the comparison's styled {@link LineBreaker} would be more than it needs). A word wider
 * than the line is cut where it must be.
 */
final class BriefText {
    private BriefText() {
    }

    static List<String> wrap(PdfFonts fonts, PDFont font, float size, String text, float first, float rest) {
        String t = fonts.printable(font, text.strip().replaceAll("\\s+", " "));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : t.split(" ")) {
            float width = lines.isEmpty() ? first : rest;
            String tried = line.length() == 0 ? word : line + " " + word;
            if (fonts.width(font, tried, size) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                width = rest;
            }
            String w = word;
            while (fonts.width(font, w, size) > width && w.length() > 1) {
                int cut = w.length() - 1;
                while (cut > 1 && fonts.width(font, w.substring(0, cut), size) > width) {
                    cut--;
                }
                lines.add(w.substring(0, cut));
                w = w.substring(cut);
                width = rest;
            }
            line.append(w);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
