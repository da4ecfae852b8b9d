package org.clausewise.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The lines of one page, sorted into what the page says ({@link #content}) and its furniture
 * (running headers, footers, page numbers, the masthead on page 1, the footnote rule).
 */
final class PageLines {
    final int number;
    final float width;
    final float height;
    final List<TextLine> content;
    final List<TextLine> furniture;

    PageLines(int number, float width, float height, List<TextLine> content, List<TextLine> furniture) {
        this.number = number;
        this.width = width;
        this.height = height;
        this.content = new ArrayList<>(content);
        this.furniture = new ArrayList<>(furniture);
    }

    /** Lines of a page, with furniture told apart by the PDF's {@code /Artifact} tags. */
    static PageLines of(PageGlyphs page) {
        List<Glyph> content = new ArrayList<>();
        List<Glyph> artifacts = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            (g.artifact() ? artifacts : content).add(g);
        }
        return new PageLines(page.number(), page.width(), page.height(), LineAssembler.lines(content),
                LineAssembler.lines(artifacts));
    }

    /** Moves the content lines that {@code isFurniture} picks to the furniture, in one pass. */
    void moveToFurniture(Predicate<TextLine> isFurniture) {
        List<TextLine> kept = new ArrayList<>(content.size());
        for (TextLine line : content) {
            (isFurniture.test(line) ? furniture : kept).add(line);
        }
        content.clear();
        content.addAll(kept);
    }
}
