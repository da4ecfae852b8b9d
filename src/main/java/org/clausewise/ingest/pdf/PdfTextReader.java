package org.clausewise.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF into the text the resolution parser reads, so that there is one parser for text
 * and PDF. The steps: glyphs with positions, sizes and artifact tags ({@link GlyphReader}); lines
 * with footnote marks made explicit ({@link LineAssembler}); page furniture from the tags, or by
 * position when the PDF has none ({@link PositionalFurniture}); the first page's masthead as
 * metadata ({@link MastheadReader}); footnotes under their rule ({@link FootnoteArea}); the text
 * itself ({@link TextComposer}).
 *
 * <p>What cannot be read is refused with one line: not a PDF, damaged, password-protected, or
 * with no text at all (a scan). What is read in part says so in {@link PdfText#warnings()}.
 */
public final class PdfTextReader {
    /** A resolution PDF is under 1 MB; a document many times that is not one, or is a scan. */
    public static final long MAX_BYTES = 30L * 1024 * 1024;
    /** The longest General Assembly texts run to some 60 pages. */
    public static final int MAX_PAGES = 2000;

    /**
     * PDFBox reports through java.util.logging what it works around (a font it substitutes, a
     * broken cross-reference it repairs): useful to its developers, noise on a user's terminal.
     * Held here so the settings are not garbage-collected with the loggers.
     */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    static {
        quietPdfBox();
    }

    private PdfTextReader() {
    }

    /**
     * Keeps PDFBox's log off the terminal; for code that uses PDFBox before reading a PDF. Even its
     * SEVERE reports ("Operator Tm has too few operands", with a stack trace) are about damage it
     * works around: what the user needs is the reader's own warning or refusal, one line.
     */
    public static void quietPdfBox() {
        for (Logger logger : QUIET) {
            logger.setLevel(Level.OFF);
        }
    }

    /** True when the bytes start as a PDF does ({@code %PDF-}, possibly after a little junk). */
    public static boolean looksLikePdf(byte[] bytes) {
        int limit = Math.min(bytes.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads the PDF in {@code bytes}; {@code shown} names it in messages.
     *
     * @throws PdfRefusedException with one line saying why, when nothing usable can be read
     */
    public static PdfText read(byte[] bytes, String shown) throws PdfRefusedException {
        if (!looksLikePdf(bytes)) {
            throw new PdfRefusedException(shown + " is not a PDF (it does not start with %PDF-)");
        }
        try (PDDocument document = load(bytes, shown)) {
            int pageCount = document.getNumberOfPages();
            if (pageCount == 0) {
                throw new PdfRefusedException(shown + " is a damaged PDF and cannot be read (no page could be found)");
            }
            if (pageCount > MAX_PAGES) {
                throw new PdfRefusedException(String.format(Locale.ROOT,
                        "%s has %d pages; a General Assembly text has far fewer (at most %d are read)",
                        shown, pageCount, MAX_PAGES));
            }
            List<PageGlyphs> glyphs = glyphs(document, shown);
            return compose(glyphs, shown);
        } catch (GlyphReader.TooManyGlyphs e) {
            throw new PdfRefusedException(String.format(Locale.ROOT,
                    "%s draws more than %,d characters; a General Assembly text has far fewer", shown,
                    GlyphReader.MAX_GLYPHS));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox can fail on broken structures with unchecked exceptions too, or recurse
            // without end on objects that refer to themselves.
            throw damaged(shown, e);
        }
    }

    private static PDDocument load(byte[] bytes, String shown) throws PdfRefusedException {
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new PdfRefusedException(shown + " is encrypted and needs a password to open; "
                    + "save an unprotected copy and open that");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw damaged(shown, e);
        }
    }

    private static List<PageGlyphs> glyphs(PDDocument document, String shown) throws IOException, PdfRefusedException {
        List<PageGlyphs> pages = GlyphReader.read(document);
        boolean anyText = false;
        boolean anyImage = false;
        for (PageGlyphs p : pages) {
            anyText |= p.hasText();
            anyImage |= p.images();
        }
        if (!anyText && anyImage) {
            throw new PdfRefusedException(shown + " has no text layer: it is a scanned image; run OCR on it first");
        }
        if (!anyText) {
            throw new PdfRefusedException(shown + " is a PDF with no text in it");
        }
        return pages;
    }

    private static PdfText compose(List<PageGlyphs> glyphs, String shown) {
        List<String> warnings = new ArrayList<>();
        List<Integer> scanned = new ArrayList<>();
        Map<Integer, Integer> unreadable = new TreeMap<>();
        List<PageLines> pages = new ArrayList<>(glyphs.size());
        boolean tagged = false;
        for (PageGlyphs p : glyphs) {
            if (!p.hasText() && p.images()) {
                scanned.add(p.number());
            }
            if (p.unreadable() > 0) {
                unreadable.put(p.number(), p.unreadable());
            }
            for (Glyph g : p.glyphs()) {
                if (g.artifact() && !g.isSpace()) {
                    tagged = true;
                    break;
                }
            }
            pages.add(PageLines.of(p));
        }
        if (!tagged) {
            PositionalFurniture.apply(pages);
        }
        Masthead masthead = MastheadReader.read(pages.get(0).furniture);
        float bodySize = bodySize(pages);
        String text = TextComposer.compose(pages, bodySize);
        if (!scanned.isEmpty()) {
            warnings.add((scanned.size() == 1 ? "page " : "pages ") + list(scanned)
                    + (scanned.size() == 1 ? " is" : " are") + " a scanned image with no text layer: not read");
        }
        if (!unreadable.isEmpty()) {
            int total = unreadable.values().stream().mapToInt(Integer::intValue).sum();
            warnings.add(total + " character" + (total == 1 ? "" : "s") + " on " + (unreadable.size() == 1 ? "page " : "pages ")
                    + list(new ArrayList<>(unreadable.keySet()))
                    + " could not be read (the font has no character map): words there may be incomplete");
        }
        return new PdfText(text, masthead, warnings, glyphs.size(), tagged);
    }

    /** The size most of the text is set in, counted by characters. */
    private static float bodySize(List<PageLines> pages) {
        Map<Integer, Integer> chars = new HashMap<>();
        for (PageLines p : pages) {
            for (TextLine l : p.content) {
                chars.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum);
            }
        }
        int best = 20;
        int most = -1;
        for (Map.Entry<Integer, Integer> e : chars.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best / 2f;
    }

    private static String list(List<Integer> numbers) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < numbers.size() && i < 10; i++) {
            sb.append(i == 0 ? "" : ", ").append(numbers.get(i));
        }
        if (numbers.size() > 10) {
            sb.append(" and ").append(numbers.size() - 10).append(" more");
        }
        return sb.toString();
    }

    private static PdfRefusedException damaged(String shown, Throwable e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        if (why.length() > 120) {
            why = why.substring(0, 120) + "…";
        }
        return new PdfRefusedException(shown + " is a damaged PDF and cannot be read (" + why + ")", e);
    }
}
