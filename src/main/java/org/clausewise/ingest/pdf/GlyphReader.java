package org.clausewise.ingest.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects every glyph of a document with its position, size and whether it is page furniture.
 *
 * <p>It extends {@link PDFTextStripper} for what that class does well (font metrics, widths,
 * rotation, Type 3 and CID fonts, and the marked-content callbacks) but skips its own text
 * building: its word and line guesses are what split justified words ("internationa l"). Layout
 * is decided later from the glyphs themselves ({@link LineAssembler}).
 */
final class GlyphReader extends PDFTextStripper {
    /**
     * The longest General Assembly texts draw some 250,000 glyphs; a PDF drawing twenty times
     * that is not one, and would only cost memory.
     */
    static final int MAX_GLYPHS = 5_000_000;

    /** Thrown out of the stream engine when a PDF draws more glyphs than {@link #MAX_GLYPHS}. */
    static final class TooManyGlyphs extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyGlyphs() {
            super(null, null, false, false);
        }
    }

    /** Glyphs at most this far apart (points) with the same text are one glyph drawn twice (fake bold). */
    private static final float SAME_PLACE = 0.6f;

    private final List<PageGlyphs> pages = new ArrayList<>();
    /** One entry per open marked-content sequence: true for an {@code /Artifact}. */
    private final Deque<Boolean> marked = new ArrayDeque<>();
    private int artifactDepth;
    private List<Glyph> current = new ArrayList<>();
    private int unreadable;
    private int positions;
    /** Whether each font is a barcode font, asked once per font rather than per glyph. */
    private final Map<PDFont, Boolean> barcodeFonts = new IdentityHashMap<>();

    private GlyphReader() {
        super();
    }

    /** Every page's glyphs, page 1 first; a page with nothing to draw gives an empty page. */
    static List<PageGlyphs> read(PDDocument document) throws IOException {
        GlyphReader reader = new GlyphReader();
        reader.setSortByPosition(false);
        reader.getText(document);
        List<PageGlyphs> pages = new ArrayList<>(reader.pages);
        // PDFTextStripper skips pages without a content stream: they are pages without text.
        for (int i = pages.size(); i < document.getNumberOfPages(); i++) {
            PDPage page = document.getPage(i);
            pages.add(new PageGlyphs(i + 1, page.getMediaBox().getWidth(), page.getMediaBox().getHeight(),
                    List.of(), 0, hasImages(page.getResources(), 0)));
        }
        return pages;
    }

    @Override
    protected void startPage(PDPage page) {
        current = new ArrayList<>();
        unreadable = 0;
        marked.clear();
        artifactDepth = 0;
    }

    @Override
    protected void endPage(PDPage page) {
        int number = getCurrentPageNo();
        while (pages.size() < number - 1) {
            // Pages PDFTextStripper skipped (no content stream) before this one.
            PDPage skipped = document.getPage(pages.size());
            pages.add(new PageGlyphs(pages.size() + 1, skipped.getMediaBox().getWidth(),
                    skipped.getMediaBox().getHeight(), List.of(), 0, false));
        }
        pages.add(new PageGlyphs(number, page.getMediaBox().getWidth(), page.getMediaBox().getHeight(), current,
                unreadable, hasImages(page.getResources(), 0)));
    }

    @Override
    protected void writePage() {
        // Layout is ours (LineAssembler); the stripper's own text is not wanted.
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        boolean artifact = COSName.ARTIFACT.equals(tag);
        marked.push(artifact);
        if (artifact) {
            artifactDepth++;
        }
    }

    @Override
    public void endMarkedContentSequence() {
        if (!marked.isEmpty() && marked.pop()) {
            artifactDepth--;
        }
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        // A glyph of a composite font with no Unicode mapping is dropped by the stripper without a
        // word (no text position comes of it): count it.
        int before = positions;
        super.showGlyph(textRenderingMatrix, font, code, displacement);
        if (positions == before && !(font instanceof PDSimpleFont)) {
            unreadable++;
        }
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        if (++positions > MAX_GLYPHS) {
            throw new TooManyGlyphs();
        }
        String text = t.getUnicode();
        if (text == null || text.isEmpty()) {
            unreadable++;
            return;
        }
        if (text.indexOf('\uFFFD') >= 0) {
            unreadable++;
            return;
        }
        if (text.length() == 1 && text.charAt(0) >= '\uFB00' && text.charAt(0) <= '\uFB06') {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC); // ﬁ → fi
        }
        float size = Math.abs(t.getTextMatrix().getScalingFactorY());
        if (size <= 0) {
            size = Math.abs(t.getFontSizeInPt());
        }
        Glyph glyph = new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, artifactDepth > 0,
                barcodeFonts.computeIfAbsent(t.getFont(), GlyphReader::isBarcode));
        if (!drawnTwice(glyph)) {
            current.add(glyph);
        }
    }

    /** Word's "fake bold" and some shadows draw the same glyph again a hair away. */
    private boolean drawnTwice(Glyph g) {
        for (int i = current.size() - 1; i >= 0 && i >= current.size() - 4; i--) {
            Glyph o = current.get(i);
            if (o.text().equals(g.text()) && Math.abs(o.x() - g.x()) < SAME_PLACE && Math.abs(o.y() - g.y()) < SAME_PLACE) {
                return !g.isSpace();
            }
        }
        return false;
    }

    private static boolean isBarcode(PDFont font) {
        String name = font == null ? null : font.getName();
        if (name == null) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("barcode") || n.contains("3 of 9") || n.contains("3of9");
    }

    /** Whether the resources draw an image, looking one level into forms. */
    private static boolean hasImages(PDResources resources, int depth) {
        if (resources == null || depth > 2) {
            return false;
        }
        try {
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    return true;
                }
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
