package org.clausewise.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ChangeSummary;
import org.clausewise.model.Comparison;
import org.clausewise.present.Presentation;
import org.clausewise.present.Run;
import org.clausewise.present.ViewOptions;

/**
 * The first page's summary: counts per kind of change, editorial against substantive wording
 * changes, changed operative verbs, then the caller's notes (what each amendment instruction did,
 * for the draft as amended), then a legend drawn with the very styles the rows use.
 */
final class SummaryBlock {
    static final float SIZE = 8.5f;
    private static final float TITLE_HEIGHT = 14;
    private static final float PAD_BOTTOM = 10;
    /**
     * The summary must fit on the first page with room for rows: notes beyond this many lines are
     * counted, not drawn (a draft with dozens of amendment instructions still gets a first page).
     */
    static final int MAX_NOTE_LINES = 18;

    private final List<TextLine> lines;
    private final PdfFonts fonts;
    private final ViewOptions options;
    /** Some sub-paragraph shown was moved within its clause: the legend explains the sign. */
    private final boolean movedSubparagraphs;

    SummaryBlock(Presentation presentation, PdfFonts fonts, float width) {
        this(presentation, fonts, width, List.of());
    }

    SummaryBlock(Presentation presentation, PdfFonts fonts, float width, List<String> notes) {
        this.fonts = fonts;
        this.options = presentation.options();
        this.movedSubparagraphs = presentation.hasMovedSubparagraphs();
        LineBreaker breaker = new LineBreaker(fonts, SIZE);
        this.lines = new ArrayList<>(breaker.wrap(
                StyledChars.plain(sentence(presentation.comparison(), options), CharStyle.PLAIN), width));
        this.lines.addAll(noteLines(breaker, notes, width));
    }

    /** Each note wrapped on lines of its own; past {@link #MAX_NOTE_LINES}, "… and n more". */
    private static List<TextLine> noteLines(LineBreaker breaker, List<String> notes, float width) {
        List<TextLine> out = new ArrayList<>();
        for (int k = 0; k < notes.size(); k++) {
            List<TextLine> wrapped = breaker.wrap(StyledChars.plain(notes.get(k), CharStyle.PLAIN), width);
            boolean last = k == notes.size() - 1;
            // keep a line for the "and n more" unless this is the last note
            if (out.size() + wrapped.size() > MAX_NOTE_LINES - (last ? 0 : 1)) {
                out.addAll(breaker.wrap(StyledChars.plain("\u2026 and " + (notes.size() - k) + " more not shown here.",
                        CharStyle.PLAIN), width));
                break;
            }
            out.addAll(wrapped);
        }
        return out;
    }

    /** "21 rows compared: 9 unchanged, 8 modified, …" — the words tests and readers look for. */
    static String sentence(Comparison c, ViewOptions options) {
        ChangeSummary s = c.summary();
        int rows = s.unchanged() + s.modified() + s.added() + s.removed() + s.moved();
        StringBuilder sb = new StringBuilder();
        sb.append(c.left().displayName()).append(" → ").append(c.right().displayName()).append(": ")
                .append(rows).append(rows == 1 ? " row" : " rows").append(" compared (")
                .append(c.preamble().size()).append(" preambular, ").append(c.operative().size())
                .append(" operative").append(structure(c)).append("): ")
                .append(s.unchanged()).append(" unchanged, ")
                .append(s.modified()).append(" modified, ")
                .append(s.added()).append(" added, ")
                .append(s.removed()).append(" removed, ")
                .append(s.moved()).append(" moved. ")
                .append("Wording changes: ").append(s.substantive()).append(" substantive, ")
                .append(s.editorial()).append(" editorial. ")
                .append("Operative verb changed in ").append(s.verbChanges())
                .append(s.verbChanges() == 1 ? " clause." : " clauses.");
        if (!options.showEditorial()) {
            sb.append(" Editorial changes are not highlighted in this export.");
        }
        if (options.onlyChanges()) {
            sb.append(" Unchanged clauses are left out.");
        }
        return sb.toString();
    }

    /** ", 12 in annexes, 16 headings" for texts with sections or annexes; nothing for others. */
    private static String structure(Comparison c) {
        if (!c.structured()) {
            return "";
        }
        int annexRows = c.rows(org.clausewise.model.Part.ANNEX).size();
        int headings = c.allHeadings().size();
        return (annexRows > 0 ? ", " + annexRows + " in annexes" : "")
                + ", " + headings + (headings == 1 ? " heading" : " headings");
    }

    float height() {
        return height(lines.size(), movedSubparagraphs ? 2 : 1);
    }

    /** The height of a summary of {@code lines} lines and a legend of {@code legendLines}. */
    static float height(int lines, int legendLines) {
        return TITLE_HEIGHT + (lines + legendLines) * PageGeometry.LEADING + PAD_BOTTOM;
    }

    void draw(TextPainter painter, float x, float top) throws IOException {
        legend(painter, x, drawSummary(painter, fonts, lines, x, top));
    }

    /** "Summary" over the wrapped lines (the three-column PDF's too); returns the baseline for the legend. */
    static float drawSummary(TextPainter painter, PdfFonts fonts, List<TextLine> lines, float x, float top)
            throws IOException {
        painter.plain("Summary", fonts.bold, 10, Palette.INK, x, top - 10);
        float baseline = top - TITLE_HEIGHT - 9;
        for (TextLine line : lines) {
            painter.line(line, x, baseline, SIZE);
            baseline -= PageGeometry.LEADING;
        }
        return baseline;
    }

    private void legend(TextPainter painter, float x, float baseline) throws IOException {
        painter.plain("Legend:", fonts.bold, SIZE, Palette.INK, x, baseline);
        float cx = x + fonts.width(fonts.bold, "Legend:", SIZE) + 8;
        List<Fragment> samples = new ArrayList<>();
        cx = sample(samples, "deleted words", Mark.DELETE, cx);
        cx = sample(samples, "inserted words", Mark.INSERT, cx);
        if (options.showEditorial()) {
            cx = sample(samples, "editorial deletion", Mark.EDITORIAL_DELETE, cx);
            cx = sample(samples, "editorial insertion", Mark.EDITORIAL_INSERT, cx);
        }
        painter.line(new TextLine(samples), 0, baseline, SIZE);
        float boxWidth = 16;
        painter.fill(Palette.GAP, cx, baseline - 3, boxWidth, 11);
        painter.plain("no counterpart in that text", fonts.regular, SIZE, Palette.MUTED, cx + boxWidth + 4, baseline);
        cx += boxWidth + 4 + fonts.width(fonts.regular, "no counterpart in that text", SIZE) + 14;
        painter.plain("moved from OP 3", fonts.oblique, SIZE, Palette.MOVED, cx, baseline);
        cx += fonts.width(fonts.oblique, "moved from OP 3", SIZE) + 4;
        painter.plain("= matched out of order", fonts.regular, SIZE, Palette.MUTED, cx, baseline);
        if (movedSubparagraphs) {
            // on a line of its own: the first line is full
            float mx = x + fonts.width(fonts.bold, "Legend:", SIZE) + 8;
            float next = baseline - PageGeometry.LEADING;
            String moved = Run.MOVED_SIGN + " (b)";
            painter.plain(moved, fonts.regular, SIZE, Palette.MOVED, mx, next);
            painter.plain("= sub-paragraph moved within its clause", fonts.regular, SIZE, Palette.MUTED,
                    mx + fonts.width(fonts.regular, moved, SIZE) + 4, next);
        }
    }

    private float sample(List<Fragment> out, String text, Mark mark, float x) {
        float w = fonts.width(fonts.regular, text, SIZE);
        out.add(new Fragment(text, x, w, new CharStyle(mark, false, false)));
        return x + w + 14;
    }
}
