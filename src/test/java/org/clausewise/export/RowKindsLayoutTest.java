package org.clausewise.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.EditOp;
import org.clausewise.model.Part;
import org.clausewise.model.Relation;
import org.clausewise.model.SubParagraph;
import org.clausewise.model.SubparagraphRow;
import org.clausewise.model.TextDiff;
import org.clausewise.model.WordEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of row on the page: removed, added, moved, editorial-only, sub-paragraphs (one of
 * them added), and one very long clause that must break across pages. The texts are the 67th-
 * session draft's; the rows are made up to have each case in one small document.
 */
class RowKindsLayoutTest {
    @TempDir
    Path dir;

    private static final String OP1 = "Reaffirms that it is one of the purposes of the United Nations and the "
            + "responsibility of all Member States to promote, protect and encourage respect for human rights and "
            + "fundamental freedoms through, inter alia, international cooperation;";

    /** Made up: all fourteen operative paragraphs of the draft run together, five times, as one clause. */
    private static String longClause() {
        String once = String.join(" ", HandBuilt.OP4_DRAFT, HandBuilt.OP12_DRAFT, HandBuilt.OP13, OP1,
                HandBuilt.PP1, HandBuilt.PP3_DRAFT, HandBuilt.OP14);
        return (once + " ").repeat(5).strip();
    }

    static Comparison madeUp() {
        Clause pp1 = Clause.preambular(1, HandBuilt.PP1, List.of());
        Clause pp2 = Clause.preambular(2, HandBuilt.PP3_DRAFT, List.of());
        Clause op1 = Clause.operative(1, OP1, List.of(), List.of());
        Clause op3 = Clause.operative(3, HandBuilt.OP4_DRAFT, List.of(), List.of());
        Clause op5 = Clause.operative(5, HandBuilt.OP4_DRAFT, List.of(), List.of());
        String quoted = OP1.replace("inter alia", "“inter alia”");
        Clause op1q = Clause.operative(1, quoted, List.of(), List.of());
        SubParagraph a = new SubParagraph("a", "To consult States and intergovernmental organizations;", List.of());
        SubParagraph b1 = new SubParagraph("b", "To submit a report at its sixty-eighth session;", List.of());
        SubParagraph b2 = new SubParagraph("b", "To submit a report at its sixty-ninth session;", List.of());
        SubParagraph c = new SubParagraph("c", "To hold a seminar with academic experts and civil society;", List.of());
        String lead = "Requests the Secretary-General:";
        Clause op13l = Clause.operative(13, lead, List.of(a, b1), List.of());
        Clause op13r = Clause.operative(13, lead, List.of(a, b2, c), List.of());
        Clause op9 = Clause.operative(9, longClause(), List.of(), List.of());
        Clause op10 = Clause.operative(10, HandBuilt.OP14, List.of(), List.of());

        TextDiff editorial = new TextDiff(1.0, ChangeClass.EDITORIAL,
                List.of(new WordEdit(EditOp.EQUAL, OP1, false)),
                HandBuilt.spans(OP1, EditOp.DELETE, true, "inter alia"),
                HandBuilt.spans(quoted, EditOp.INSERT, true, "“inter alia”"));
        TextDiff b = new TextDiff(0.8, ChangeClass.SUBSTANTIVE, List.of(),
                HandBuilt.words(b1.text(), EditOp.DELETE, "sixty-eighth"),
                HandBuilt.words(b2.text(), EditOp.INSERT, "sixty-ninth"));
        List<SubparagraphRow> subs = List.of(
                new SubparagraphRow(a, a, ChangeKind.UNCHANGED, TextDiff.none(a.text())),
                new SubparagraphRow(b1, b2, ChangeKind.MODIFIED, b),
                new SubparagraphRow(null, c, ChangeKind.ADDED, TextDiff.oneSided(c.text(), EditOp.INSERT)));
        List<ClauseRow> preamble = List.of(HandBuilt.removed(pp1), HandBuilt.added(pp2));
        List<ClauseRow> operative = List.of(
                new ClauseRow(Part.OPERATIVE, op1, op1q, ChangeKind.MODIFIED, editorial, false, List.of(), Relation.NONE),
                new ClauseRow(Part.OPERATIVE, op3, op5, ChangeKind.MOVED, TextDiff.none(op3.text()), false, List.of(),
                        Relation.NONE),
                new ClauseRow(Part.OPERATIVE, op13l, op13r, ChangeKind.MODIFIED, TextDiff.none(lead), false, subs,
                        Relation.NONE),
                HandBuilt.same(op9, op9),
                HandBuilt.same(op10, op10));
        return new Comparison(HandBuilt.draft(List.of(pp1), List.of(op1, op3, op13l, op9, op10)),
                HandBuilt.adopted(List.of(pp2), List.of(op1q, op5, op13r, op9, op10)), preamble, operative);
    }

    private Path export(PdfOptions options) throws IOException {
        Path pdf = dir.resolve("kinds.pdf");
        ComparisonPdf.write(madeUp(), pdf, options);
        return pdf;
    }

    @Test
    void gutterSaysWhatHappenedToEachClause() throws IOException {
        Comparison c = madeUp();
        Path pdf = export(PdfOptions.defaults());
        try (PdfProbe probe = new PdfProbe(pdf)) {
            PageGeometry g = PageGeometry.of(PdfOptions.PageSize.A4);
            StringBuilder leftPages = new StringBuilder();
            StringBuilder rightPages = new StringBuilder();
            for (int p = 0; p < probe.pages(); p++) {
                leftPages.append(probe.columnText(p, g, true)).append(' ');
                rightPages.append(probe.columnText(p, g, false)).append(' ');
            }
            String left = leftPages.toString().replaceAll("\\s+", " ");
            String right = rightPages.toString().replaceAll("\\s+", " ");
            // gutter notes sit under the clause number, one per line, beside the clause's lines
            // (a line of text is under 90 characters, so a note follows within that)
            assertTrue(left.matches(".*PP 1 Reaffirming its commitment .{0,90} removed .*"), left);
            assertTrue(right.matches(".*PP 2 Recalling also the World .{0,90} added .*"), right);
            assertTrue(left.matches(".*OP 3 Urges all actors .{0,90} moved to .{0,90} OP 5 .*"), left);
            assertTrue(right.matches(".*OP 5 Urges all actors .{0,90} moved from .{0,90} OP 3 .*"), right);
            assertTrue(right.matches(".*OP 1 Reaffirms that .{0,90} editorial .*"), right);
            String leftRows = left.substring(left.indexOf("Preamble PP"));
            String rightRows = right.substring(right.indexOf("PP 2"));
            assertFalse(leftRows.contains("added") || rightRows.contains("removed"), "each note on its own side");
            assertTrue(right.matches(".*\\(b\\) To submit a report at its sixty-ninth session; (OP 13 cont\\. )?\\(c\\) To hold a seminar.*"),
                    right);
            assertTrue(left.contains("(b) To submit a report at its sixty-eighth session;"), left);
        }
        ReadingOrder.assertEachClauseOnItsPage(c, PdfOptions.defaults(), pdf);
    }

    @Test
    void longClauseBreaksAcrossPagesAndNothingRunsIntoTheFooter() throws IOException {
        Path pdf = export(PdfOptions.defaults());
        ComparisonLayout layout = layout(PdfOptions.defaults());
        assertTrue(layout.pageCount() >= 3, "OP 9 is about 100 lines: it needs more than one page");
        for (List<Placed> page : layout.pages) {
            for (Placed p : page) {
                if (p instanceof Placed.Segment) {
                    Placed.Segment s = (Placed.Segment) p;
                    assertTrue(s.top() - s.height() >= layout.page.bodyBottom(), "segment ends above the footer");
                    assertTrue(s.top() <= layout.page.bodyTop(), "segment starts below the header");
                    assertTrue(s.to() - s.from() >= 2, "no lone line of a row on a page");
                }
            }
        }
        try (PdfProbe probe = new PdfProbe(pdf)) {
            float height = layout.page.height();
            int continuedPages = 0;
            for (int p = 0; p < probe.pages(); p++) {
                List<TextPosition> glyphs = probe.glyphs(p);
                for (TextPosition t : glyphs) {
                    float baseline = height - t.getYDirAdj();
                    boolean footer = Math.abs(baseline - (PageGeometry.FOOTER_TOP - 18)) < 0.5;
                    assertTrue(footer || baseline >= PageGeometry.FOOTER_TOP + 2,
                            "'" + t.getUnicode() + "' on page " + (p + 1) + " sits on the footer at " + baseline);
                }
                if (layout.pages.get(p).stream().anyMatch(item -> item instanceof Placed.Segment
                        && ((Placed.Segment) item).continued()
                        && ((Placed.Segment) item).block().row().left().number() == 9)) {
                    continuedPages++;
                }
            }
            assertTrue(continuedPages >= 2, "OP 9 goes on over at least two following pages");
        }
        ReadingOrder.assertEachClauseOnItsPage(madeUp(), PdfOptions.defaults(), pdf);
    }

    @Test
    void sideWithoutACounterpartIsShaded() throws IOException {
        Path pdf = export(PdfOptions.defaults());
        try (PdfProbe probe = new PdfProbe(pdf)) {
            BufferedImage image = probe.render(0, 72);
            Rectangle2D added = probe.find(0, "Recalling").stream()
                    .filter(r -> r.getMinX() > image.getWidth() / 2.0).findFirst().orElseThrow();
            // the same height in the left column, which has no counterpart for the added PP 2
            PageGeometry g = PageGeometry.of(PdfOptions.PageSize.A4);
            Rectangle2D gap = new Rectangle2D.Double(g.textX(true) + 20, added.getMinY(), 100, added.getHeight());
            assertTrue(Pixels.share(image, gap, 72, (r, gr, b) -> r == 0xEE && gr == 0xF0 && b == 0xF3) > 0.9);
        }
    }

    @Test
    void hiddenEditorialChangesAreDrawnPlainAndNotCalledChanges() throws IOException {
        ComparisonLayout shown = layout(PdfOptions.defaults());
        ComparisonLayout hidden = layout(new PdfOptions(PdfOptions.PageSize.A4, false, false));
        assertTrue(marks(shown, 1).contains(Mark.EDITORIAL_INSERT), "OP 1's quotes marked as editorial");
        assertTrue(marks(shown, 1).contains(Mark.EDITORIAL_DELETE));
        assertEquals(List.of(Mark.NONE), marks(hidden, 1), "OP 1 drawn plain");
        assertFalse(gutter(hidden, 1).contains("editorial"));
        assertTrue(gutter(shown, 1).contains("editorial"));
        assertTrue(marks(hidden, 13).contains(Mark.INSERT), "substantive changes stay marked");
        ComparisonLayout onlyChanges = layout(new PdfOptions(PdfOptions.PageSize.A4, false, true));
        List<Clause> shownRight = new ArrayList<>();
        for (List<Placed> page : onlyChanges.pages) {
            for (Placed p : page) {
                if (p instanceof Placed.Segment && ((Placed.Segment) p).from() == 0) {
                    shownRight.add(((Placed.Segment) p).block().row().right());
                }
            }
        }
        List<Integer> numbers = new ArrayList<>();
        shownRight.forEach(cl -> numbers.add(cl == null ? null : cl.number()));
        assertEquals(java.util.Arrays.asList(null, 2, 5, 13), numbers,
                "removed PP 1, added PP 2, moved OP 5 and OP 13; not the editorial-only OP 1");
    }

    private static ComparisonLayout layout(PdfOptions options) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            return ComparisonLayout.of(madeUp(), options, new PdfFonts(doc));
        }
    }

    private static RowBlock operativeRow(ComparisonLayout layout, int rightNumber) {
        for (List<Placed> page : layout.pages) {
            for (Placed p : page) {
                if (p instanceof Placed.Segment) {
                    RowBlock b = ((Placed.Segment) p).block();
                    if (b.row().right() != null && b.row().right().number() == rightNumber
                            && b.row().part() == Part.OPERATIVE) {
                        return b;
                    }
                }
            }
        }
        throw new AssertionError("no row OP " + rightNumber);
    }

    private static List<Mark> marks(ComparisonLayout layout, int rightNumber) {
        List<Mark> marks = new ArrayList<>();
        RowBlock b = operativeRow(layout, rightNumber);
        for (List<Cell> side : List.of(b.left(), b.right())) {
            for (Cell cell : side) {
                if (cell.text() != null) {
                    cell.text().fragments().forEach(f -> {
                        if (!marks.contains(f.style().mark())) {
                            marks.add(f.style().mark());
                        }
                    });
                }
            }
        }
        return marks;
    }

    private static String gutter(ComparisonLayout layout, int rightNumber) {
        StringBuilder sb = new StringBuilder();
        for (Cell cell : operativeRow(layout, rightNumber).right()) {
            if (cell.gutter() != null) {
                sb.append(cell.gutter()).append(' ');
            }
        }
        return sb.toString();
    }
}
