package org.clausewise.export;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.PageMode;
import org.clausewise.files.SafeFile;
import org.clausewise.model.Sessions;
import org.clausewise.present.SessionBrief;

/**
 * Writes a session brief as PDF: a title page with the session's counts and how to read the
 * entries, a table of contents with page numbers (each line a link), then one entry per
 * resolution; a bookmark per entry, a running header and "page n of N" on every page. Black text
 * only, so it reads the same printed in black and white; DejaVu Sans embedded as real text.
 */
public final class SessionBriefPdf {
    private static final Color INK = Color.BLACK;
    private static final Color QUIET = new Color(0x44, 0x44, 0x44);

    private SessionBriefPdf() {
    }

    /**
     * Writes through {@link SafeFile}: never over one of {@code inputs}, a read-only file, a link
     * or a device; nothing half-written is left on failure, and the message is one line.
     */
    public static void write(SessionBrief brief, Path out, Collection<Path> inputs) throws IOException {
        Objects.requireNonNull(brief, "brief");
        SafeFile file = SafeFile.of(out, inputs);
        file.check();
        file.write(stream -> write(brief, stream));
    }

    public static void write(SessionBrief brief, OutputStream out) throws IOException {
        try (PDDocument doc = render(brief)) {
            doc.save(out);
        }
    }

    static PDDocument render(SessionBrief brief) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            PdfFonts fonts = new PdfFonts(doc);
            BriefLayout layout = new BriefLayout(brief, fonts);
            int total = layout.pageCount();
            for (int i = 0; i < total; i++) {
                doc.addPage(new PDPage(BriefLayout.PAGE));
            }
            String running = "Session brief \u2014 " + Sessions.ordinal(brief.session()) + " session";
            for (int i = 0; i < total; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    TextPainter painter = new TextPainter(cs, fonts);
                    if (i == 0) {
                        titlePage(painter, fonts, brief);
                    } else {
                        painter.plain(running, fonts.regular, 8f, QUIET, BriefLayout.MARGIN, BriefLayout.TOP);
                        painter.rule(QUIET, 0.4f, BriefLayout.MARGIN, BriefLayout.TOP - 5f,
                                BriefLayout.MARGIN + BriefLayout.WIDTH, BriefLayout.TOP - 5f);
                    }
                    if (i >= 1 && i <= layout.tocPages) {
                        contents(painter, fonts, layout, doc, i);
                    }
                    for (BriefLayout.Placed p : layout.pages.get(i)) {
                        painter.plain(p.text(), p.font(), p.size(), INK, p.x(), p.y());
                    }
                    String number = "page " + (i + 1) + " of " + total;
                    float w = fonts.width(fonts.regular, number, 8f);
                    painter.plain(number, fonts.regular, 8f, INK, (BriefLayout.PAGE.getWidth() - w) / 2,
                            BriefLayout.MARGIN - 14f);
                }
            }
            outline(doc, layout);
            describe(doc, brief);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    private static void titlePage(TextPainter p, PdfFonts fonts, SessionBrief brief) throws IOException {
        float x = BriefLayout.MARGIN;
        float y = BriefLayout.TOP - 120f;
        p.plain("Session brief", fonts.bold, 28f, INK, x, y);
        y -= 30f;
        p.plain("General Assembly, " + Sessions.ordinal(brief.session()) + " session", fonts.regular, 16f, INK, x, y);
        y -= 40f;
        long first = brief.lines().size() - brief.withPrevious();
        String[] facts = {
            brief.lines().size() + " resolutions",
            brief.withPrevious() + " compared with the previous text of their series",
            first + " with no previous text in their series",
            brief.totalChanges() + " substantive changes listed",
        };
        for (String f : facts) {
            p.plain(f, fonts.regular, 11f, INK, x, y);
            y -= 16f;
        }
        if (!brief.skipped().isEmpty()) {
            p.plain(brief.skipped().size() + " texts could not be compared (listed at the end)", fonts.regular, 11f,
                    INK, x, y);
            y -= 16f;
        }
        y -= 30f;
        p.plain("How to read an entry", fonts.bold, 11f, INK, x, y);
        y -= 16f;
        String[] legend = {
            "Each resolution is compared clause by clause with the latest earlier text of its series.",
            "new: clauses not in the earlier text; changed: clauses whose wording changed in substance;",
            "dropped: clauses of the earlier text left out. Editorial changes (quotes, hyphens, spacing) are",
            "counted, not listed.",
            "Under the counts, one line per change: its clause (OP: operative, PP: preambular paragraph), then",
            "Welcomes \u2192 Recalls  a changed operative verb;   + \u201Cwords\u201D  inserted;   \u2212 \u201Cwords\u201D  deleted;",
            "\u201Cold\u201D \u2192 \u201Cnew\u201D  words replaced;   (a)  in sub-paragraph (a);   \u2026  quotation shortened.",
        };
        for (String l : legend) {
            p.plain(l, fonts.regular, 9.5f, INK, x, y);
            y -= 13f;
        }
        p.plain("Made by Clausewise on " + LocalDate.now(), fonts.regular, 9f, QUIET, x, BriefLayout.BOTTOM + 10f);
    }

    private static void contents(TextPainter p, PdfFonts fonts, BriefLayout layout, PDDocument doc, int pageIndex)
            throws IOException {
        float x = BriefLayout.MARGIN;
        if (pageIndex == 1) {
            p.plain("Contents", fonts.bold, 14f, INK, x, BriefLayout.TOP - 30f);
        }
        int per = layout.tocLinesPerPage();
        int from = (pageIndex - 1) * per;
        List<BriefLayout.Anchor> anchors = layout.anchors;
        float y = BriefLayout.TOC_TOP;
        float size = BriefLayout.TOC_SIZE;
        for (int i = from; i < Math.min(from + per, anchors.size()); i++) {
            BriefLayout.Anchor a = anchors.get(i);
            y -= BriefLayout.TOC_LEADING;
            String number = String.valueOf(a.page() + 1);
            float nw = fonts.width(fonts.regular, number, size);
            p.plain(a.line().symbol(), fonts.bold, size, INK, x, y);
            String title = a.line().title() == null ? "" : a.line().title();
            float titleX = x + 78f;
            p.plain(p.fit(title, fonts.regular, size, BriefLayout.WIDTH - 78f - nw - 14f), fonts.regular, size, INK,
                    titleX, y);
            p.plain(number, fonts.regular, size, INK, x + BriefLayout.WIDTH - nw, y);
            link(doc, doc.getPage(pageIndex), doc.getPage(a.page()), a.y(),
                    new PDRectangle(x, y - 2f, BriefLayout.WIDTH, size + 3f));
        }
    }

    private static void link(PDDocument doc, PDPage on, PDPage to, float top, PDRectangle area) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(area);
        PDBorderStyleDictionary none = new PDBorderStyleDictionary();
        none.setWidth(0);
        link.setBorderStyle(none);
        PDActionGoTo go = new PDActionGoTo();
        go.setDestination(destination(to, top));
        link.setAction(go);
        on.getAnnotations().add(link);
    }

    private static PDPageXYZDestination destination(PDPage page, float top) {
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(page);
        d.setTop((int) Math.ceil(top + 4f));
        return d;
    }

    /** Bookmarks: the contents, then one per resolution ("A/RES/79/1 — title"). */
    private static void outline(PDDocument doc, BriefLayout layout) {
        PDDocumentOutline outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        PDOutlineItem contents = new PDOutlineItem();
        contents.setTitle("Contents");
        contents.setDestination(destination(doc.getPage(1), BriefLayout.TOP));
        outline.addLast(contents);
        for (BriefLayout.Anchor a : layout.anchors) {
            PDOutlineItem item = new PDOutlineItem();
            String title = a.line().title() == null ? "" : " \u2014 " + a.line().title();
            String text = a.line().symbol() + title;
            item.setTitle(text.length() > 100 ? text.substring(0, 99).stripTrailing() + "\u2026" : text);
            item.setDestination(destination(doc.getPage(a.page()), a.y()));
            outline.addLast(item);
        }
        outline.openNode();
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private static void describe(PDDocument doc, SessionBrief brief) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("Session brief \u2014 " + Sessions.ordinal(brief.session()) + " session");
        info.setSubject("What changed in each resolution of the session against the previous text of its series");
        info.setProducer("Clausewise");
        info.setCreator("Clausewise");
        info.setCreationDate(Calendar.getInstance());
    }
}
