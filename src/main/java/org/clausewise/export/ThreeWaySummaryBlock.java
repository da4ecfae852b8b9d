package org.clausewise.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clausewise.compare.Story;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.present.StoryWords;
import org.clausewise.present.ThreeWayPresentation;
import org.clausewise.present.ViewOptions;

/**
 * The first page of the negotiation PDF: how many clauses tell each story, and a legend that says
 * what a mark means in three columns (every mark speaks of the column beside it), drawn with the
 * very styles the rows use.
 */
final class ThreeWaySummaryBlock {
    private static final float SIZE = SummaryBlock.SIZE;

    private final List<TextLine> lines;
    private final PdfFonts fonts;
    private final ViewOptions options;

    ThreeWaySummaryBlock(ThreeWayPresentation presentation, PdfFonts fonts, float width) {
        this.fonts = fonts;
        this.options = presentation.options();
        this.lines = new LineBreaker(fonts, SIZE).wrap(
                StyledChars.plain(sentence(presentation), CharStyle.PLAIN), width);
    }

    /** "A/RES/65/218 → Draft (67th session) → A/RES/67/169: 23 clauses: 17 carried over unchanged, …". */
    static String sentence(ThreeWayPresentation p) {
        ThreeWayComparison c = p.comparison();
        Map<Story, Integer> counts = p.counts();
        List<String> parts = new ArrayList<>();
        for (Story s : StoryWords.ORDER) {
            parts.add(counts.get(s) + " " + StoryWords.of(s));
        }
        int verbs = c.verbChangesInNegotiation();
        StringBuilder sb = new StringBuilder();
        sb.append(c.previous().displayName()).append(" → ").append(c.draft().displayName()).append(" → ")
                .append(c.adopted().displayName()).append(": ").append(c.allRows().size()).append(" clauses (")
                .append(c.preamble().size()).append(" preambular, ").append(c.operative().size())
                .append(" operative): ").append(String.join(", ", parts)).append(". ")
                .append("Operative verb changed in negotiation in ").append(verbs)
                .append(verbs == 1 ? " clause. " : " clauses. ")
                .append("Where a clause changed both before the draft and in negotiation, the later change names"
                        + " its story and the earlier one is noted under it.");
        if (!options(p).showEditorial()) {
            sb.append(" Editorial changes are not highlighted in this export.");
        }
        if (options(p).onlyChanges()) {
            sb.append(" Clauses carried over unchanged are left out.");
        }
        return sb.toString();
    }

    private static ViewOptions options(ThreeWayPresentation p) {
        return p.options();
    }

    float height() {
        return SummaryBlock.height(lines.size(), 1);
    }

    void draw(TextPainter painter, float x, float top) throws IOException {
        legend(painter, x, SummaryBlock.drawSummary(painter, fonts, lines, x, top));
    }

    private void legend(TextPainter painter, float x, float baseline) throws IOException {
        painter.plain("Legend:", fonts.bold, SIZE, Palette.INK, x, baseline);
        float cx = x + fonts.width(fonts.bold, "Legend:", SIZE) + 8;
        List<Fragment> samples = new ArrayList<>();
        cx = sample(samples, "struck", Mark.DELETE, cx);
        cx = explain(samples, "= not in the column to its right;", cx);
        cx = sample(samples, "underlined", Mark.INSERT, cx);
        cx = explain(samples, "= not in the column to its left;", cx);
        if (options.showEditorial()) {
            cx = sample(samples, "dotted", Mark.EDITORIAL_INSERT, cx);
            cx = explain(samples, "= editorial only;", cx);
        }
        painter.line(new TextLine(samples), 0, baseline, SIZE);
        float boxWidth = 16;
        painter.fill(Palette.GAP, cx, baseline - 3, boxWidth, 11);
        painter.plain("= that text lacks the clause", fonts.regular, SIZE, Palette.MUTED, cx + boxWidth + 4, baseline);
    }

    private float sample(List<Fragment> out, String text, Mark mark, float x) {
        float w = fonts.width(fonts.regular, text, SIZE);
        out.add(new Fragment(text, x, w, new CharStyle(mark, false, false)));
        return x + w + 4;
    }

    private float explain(List<Fragment> out, String text, float x) {
        float w = fonts.width(fonts.regular, text, SIZE);
        out.add(new Fragment(text, x, w, CharStyle.PLAIN));
        return x + w + 12;
    }
}
