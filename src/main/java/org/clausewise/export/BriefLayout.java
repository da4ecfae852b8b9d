package org.clausewise.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.clausewise.model.Sessions;
import org.clausewise.present.BriefLine;
import org.clausewise.present.SessionBrief;

/**
 * Where every line of a session brief goes: the title page, the contents (one line per
 * resolution, so its length is known before the entries are laid out and their page numbers can
 * be printed in it), then the entries, an entry's heading never alone at the foot of a page.
 * Black text only, weight and indentation carrying the structure, so it prints in black and white.
 */
final class BriefLayout {
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 56f;
    static final float TOP = PAGE.getHeight() - MARGIN;
    static final float BOTTOM = MARGIN + 14f;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    static final float TOC_SIZE = 8.5f;
    static final float TOC_LEADING = TOC_SIZE * 1.45f;
    static final float TOC_TOP = TOP - 40f;

    /** One line of text at its place on a page. */
    record Placed(String text, PDFont font, float size, float x, float y) {
    }

    /** Where an entry starts: its page (0-based, in the whole document) and the top of its heading. */
    record Anchor(BriefLine line, int page, float y) {
    }

    final List<List<Placed>> pages = new ArrayList<>();
    final List<Anchor> anchors = new ArrayList<>();
    final int tocPages;

    private final PdfFonts fonts;
    private List<Placed> page;
    private float y;
    /** The entry being laid out, named again at the top of a page it continues on; null between entries. */
    private String continuing;

    BriefLayout(SessionBrief brief, PdfFonts fonts) {
        this.fonts = fonts;
        int perPage = (int) ((TOC_TOP - BOTTOM) / TOC_LEADING);
        this.tocPages = Math.max(1, (brief.lines().size() + perPage - 1) / perPage);
        pages.add(new ArrayList<>()); // title page, drawn by BriefPages
        for (int i = 0; i < tocPages; i++) {
            pages.add(new ArrayList<>()); // contents, drawn once the entries' pages are known
        }
        newPage();
        title("Resolutions of the " + Sessions.ordinal(brief.session()) + " session");
        for (BriefLine line : brief.lines()) {
            entry(line);
        }
        if (!brief.skipped().isEmpty()) {
            keep(40f);
            title("Texts not compared");
            for (String s : brief.skipped()) {
                text(s, fonts.regular, 9f, 0f, 8f);
            }
        }
    }

    int pageCount() {
        return pages.size();
    }

    int tocLinesPerPage() {
        return (int) ((TOC_TOP - BOTTOM) / TOC_LEADING);
    }

    private void entry(BriefLine line) {
        float headSize = 10.5f;
        String head = line.symbol() + "  " + (line.title() == null ? "(no title)" : line.title());
        List<String> heading = BriefText.wrap(fonts, fonts.bold, headSize, head, WIDTH, WIDTH - 12f);
        // the heading, its counts and a first change stay together
        keep(heading.size() * headSize * 1.3f + 9f * 1.35f * 2 + 8f);
        y -= 8f;
        anchors.add(new Anchor(line, pages.size() - 1, y + headSize));
        for (int i = 0; i < heading.size(); i++) {
            put(heading.get(i), fonts.bold, headSize, i == 0 ? 0f : 12f, headSize * 1.3f);
        }
        text(line.countsLine(), fonts.oblique, 9f, 12f, 12f);
        continuing = line.symbol() + " (continued)";
        for (String change : line.changes()) {
            text(change, fonts.regular, 8.5f, 24f, 36f);
        }
        continuing = null;
    }

    private void title(String text) {
        keep(30f);
        put(text, fonts.bold, 14f, 0f, 20f);
        y -= 4f;
    }

    private void text(String text, PDFont font, float size, float indent, float hanging) {
        List<String> lines = BriefText.wrap(fonts, font, size, text, WIDTH - indent, WIDTH - hanging);
        for (int i = 0; i < lines.size(); i++) {
            put(lines.get(i), font, size, i == 0 ? indent : hanging, size * 1.35f);
        }
    }

    private void put(String text, PDFont font, float size, float indent, float leading) {
        if (y - leading < BOTTOM) {
            newPage();
            if (continuing != null) {
                y -= 12f;
                page.add(new Placed(continuing, fonts.oblique, 9f, MARGIN, y));
                y -= 4f;
            }
        }
        y -= leading;
        page.add(new Placed(text, font, size, MARGIN + indent, y));
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    private void keep(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = TOP - 24f; // below the running header
    }
}
