package org.clausewise.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clausewise.cli.Main;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.compare.MadeUpStructure;
import org.clausewise.present.Badge;
import org.clausewise.present.DisplayRow;
import org.clausewise.present.GroupRow;
import org.clausewise.present.MadeUpPair;
import org.clausewise.present.PresentedRow;
import org.clausewise.present.Side;
import org.clausewise.present.ViewOptions;
import org.clausewise.ui.viewer.ScreenText;
import org.clausewise.ui.viewer.ViewerViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every pair of texts of the bundled corpus, both ways, under every combination of the two
 * options: the screen (the viewer's styled text as built for RichTextFX, through its view model),
 * the PDF (the laid-out lines just before painting), the change list, F7 / Shift+F7 and the command
 * line (JSON rows and text rows) show the same rows, the same marks and the same changes. The same
 * for texts with sections, annexes and nested sub-paragraphs: made-up ones, and official PDFs of
 * two sessions when {@code ../shared/pdf} is there (section and annex headings included).
 */
class ConsistencyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Resolution> TEXTS = new LinkedHashMap<>();
    private static final List<ViewOptions> OPTIONS = List.of(new ViewOptions(false, true), new ViewOptions(false, false),
            new ViewOptions(true, true), new ViewOptions(true, false));

    @BeforeAll
    static void readCorpus() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                TEXTS.put(f.toString(), ResolutionFiles.read(f));
            }
        }
    }

    @Test
    void screenPdfChangeListF7AndCommandLineAgreeOnEveryPairAndOption() throws Exception {
        assertTrue(TEXTS.size() >= 11, "the bundled corpus");
        ResolutionComparer comparer = new ResolutionComparer();
        int cases = 0;
        int changes = 0;
        try (PDDocument scratch = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(scratch);
            for (String left : TEXTS.keySet()) {
                for (String right : TEXTS.keySet()) {
                    if (left.equals(right)) {
                        continue;
                    }
                    Comparison c = comparer.compare(TEXTS.get(left), TEXTS.get(right));
                    for (ViewOptions options : OPTIONS) {
                        String where = left + " -> " + right + " " + options;
                        ViewerViewModel vm = screen(c, options);
                        List<PresentedRow> shown = vm.presentation().clauseRows();
                        assertPdfDrawsTheScreen(vm, ComparisonLayout.of(c, PdfOptions.of(PdfOptions.PageSize.A4, options),
                                fonts), where);
                        assertF7StopsAtTheChangeList(vm, where);
                        assertCommandLineShowsTheRows(left, right, options, shown, vm.changes(), where);
                        cases++;
                        changes += vm.changes().size();
                    }
                }
            }
        }
        assertEquals(TEXTS.size() * (TEXTS.size() - 1) * OPTIONS.size(), cases);
        assertTrue(changes > 1000, "the pairs have changes to compare: " + changes);
    }

    /**
     * Regression: a clause whose sub-paragraphs were only reordered was on screen but not in the
     * PDF under the same filters; an editorial-only first clause was a Shift+F7 stop the list omitted.
     */
    @Test
    void madeUpPairWithReorderedSubparagraphsAndAnEditorialFirstClauseAgreesToo() throws IOException {
        Comparison c = MadeUpPair.comparison();
        try (PDDocument scratch = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(scratch);
            for (ViewOptions options : OPTIONS) {
                ViewerViewModel vm = screen(c, options);
                ComparisonLayout layout = ComparisonLayout.of(c, PdfOptions.of(PdfOptions.PageSize.A4, options), fonts);
                assertPdfDrawsTheScreen(vm, layout, "made up " + options);
                assertF7StopsAtTheChangeList(vm, "made up " + options);
                assertTrue(vm.changes().stream().anyMatch(r -> r.label().equals("OP 4")), "OP 4 is a change");
                ClauseRow reordered = c.operative().stream().filter(r -> r.subparagraphs().stream()
                        .anyMatch(sub -> sub.kind() == ChangeKind.MOVED)).findFirst().orElseThrow();
                assertTrue(layout.pageOf(reordered) >= 0, "the reordered clause is in the PDF with " + options);
                assertEquals(options.showEditorial(), vm.changes().get(0).label().equals("PP 1"), options.toString());
            }
        }
    }

    @Test
    void madeUpTextsWithSectionsAnnexesAndNestedSubparagraphsAgreeToo() throws IOException {
        ResolutionComparer comparer = new ResolutionComparer();
        List<Comparison> pairs = new ArrayList<>(List.of(MadeUpStructure.comparison(),
                comparer.compare(MadeUpStructure.right(), MadeUpStructure.left()),
                comparer.compare(MadeUpStructure.left(), MadeUpStructure.leftRelabelled())));
        List<Resolution> unnumbered = MadeUpStructure.unnumberedThenNumbered();
        pairs.add(comparer.compare(unnumbered.get(0), unnumbered.get(1)));
        int headingStops = 0;
        try (PDDocument scratch = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(scratch);
            for (Comparison c : pairs) {
                for (ViewOptions options : OPTIONS) {
                    String where = c.left().displayName() + " -> " + c.right().displayName() + " " + options;
                    ViewerViewModel vm = screen(c, options);
                    assertPdfDrawsTheScreen(vm, ComparisonLayout.of(c, PdfOptions.of(PdfOptions.PageSize.A4, options),
                            fonts), where);
                    assertF7StopsAtTheChangeList(vm, where);
                    headingStops += vm.changeList().size() - vm.changes().size();
                }
            }
        }
        assertTrue(headingStops >= 8, "headings were among the stops: " + headingStops);
    }

    /** Official texts with sections (78/68, 78/69 with an annex added, 78/253 numbered per section), an annex, nested items. */
    @Test
    void officialStructuredPairsAgreeOnScreenInThePdfAndOnTheCommandLine() throws Exception {
        Path pdf = Path.of("..", "shared", "pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(pdf.resolve("78")), "no ../shared/pdf here");
        List<String[]> pairs = List.of(new String[] {"78/A_RES_78_68.pdf", "79/A_RES_79_145.pdf"},
                new String[] {"79/A_RES_79_144.pdf", "78/A_RES_78_69.pdf"},
                new String[] {"78/A_RES_78_253.pdf", "79/A_RES_79_258.pdf"},
                new String[] {"78/A_RES_78_249.pdf", "79/A_RES_79_255.pdf"},
                new String[] {"78/A_RES_78_218.pdf", "79/A_RES_79_181.pdf"});
        ResolutionComparer comparer = new ResolutionComparer();
        try (PDDocument scratch = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(scratch);
            for (String[] pair : pairs) {
                String left = pdf.resolve(pair[0]).toString();
                String right = pdf.resolve(pair[1]).toString();
                Comparison c = comparer.compare(ResolutionFiles.read(Path.of(left)), ResolutionFiles.read(Path.of(right)));
                for (ViewOptions options : OPTIONS) {
                    String where = pair[0] + " -> " + pair[1] + " " + options;
                    ViewerViewModel vm = screen(c, options);
                    assertPdfDrawsTheScreen(vm, ComparisonLayout.of(c, PdfOptions.of(PdfOptions.PageSize.A4, options),
                            fonts), where);
                    assertF7StopsAtTheChangeList(vm, where);
                    if (options.onlyChanges() != options.showEditorial()) { // two of the four: each run reads both PDFs
                        assertCommandLineShowsTheRows(left, right, options, vm.presentation().clauseRows(), vm.changes(),
                                where);
                    }
                }
            }
        }
    }

    private static ViewerViewModel screen(Comparison c, ViewOptions options) {
        ViewerViewModel vm = new ViewerViewModel();
        vm.onlyChangesProperty().set(options.onlyChanges());
        vm.showEditorialProperty().set(options.showEditorial());
        vm.comparisonProperty().set(c);
        return vm;
    }

    /** Same rows in the same order, each side's characters marked alike, the same badges in the gutter. */
    private static void assertPdfDrawsTheScreen(ViewerViewModel vm, ComparisonLayout layout, String where) {
        List<RowBlock> blocks = new ArrayList<>();
        List<HeadingBlock> headings = new ArrayList<>();
        for (List<Placed> page : layout.pages) {
            for (Placed p : page) {
                if (p instanceof Placed.Segment s && !s.continued()) {
                    blocks.add(s.block());
                } else if (p instanceof Placed.SectionHeading h) {
                    headings.add(h.block());
                }
            }
        }
        List<GroupRow> shownHeadings = vm.presentation().rows().stream()
                .filter(r -> r instanceof GroupRow g && g.hasSides()).map(r -> (GroupRow) r).toList();
        assertEquals(shownHeadings.size(), headings.size(), where + ": section and annex headings in the PDF");
        for (int i = 0; i < headings.size(); i++) {
            GroupRow g = shownHeadings.get(i);
            assertTrue(headings.get(i).group().source() == g.source(), where + ": heading " + i);
            for (Side side : Side.values()) {
                List<String> screen = g.has(side) ? MarkedChars.ofScreen(ScreenText.of(g.heading(side))) : List.of();
                List<String> printed = MarkedChars.ofPdf(side == Side.LEFT ? headings.get(i).left() : headings.get(i).right());
                assertEquals(screen, printed, where + ": heading " + g.title() + " " + side);
            }
        }
        List<PresentedRow> shown = vm.presentation().clauseRows();
        assertEquals(shown.size(), blocks.size(), where + ": rows in the PDF");
        for (int i = 0; i < shown.size(); i++) {
            PresentedRow row = shown.get(i);
            RowBlock block = blocks.get(i);
            assertTrue(block.row() == row.source(), where + ": row " + i);
            for (Side side : Side.values()) {
                List<String> screen = MarkedChars.ofScreen(vm.styledText(row, side));
                List<String> pdf = MarkedChars.ofPdf(side == Side.LEFT ? block.left() : block.right());
                assertEquals(screen, pdf, where + ": " + row.label() + " " + side);
            }
            assertEquals(tags(row), gutterTags(block), where + ": badges of " + row.label());
        }
    }

    private static Set<Tag> tags(PresentedRow row) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (Badge b : row.badges()) {
            tags.add(switch (b.kind()) {
                case ADDED -> Tag.ADDED;
                case REMOVED -> Tag.REMOVED;
                case EDITORIAL -> Tag.EDITORIAL;
                case VERB_CHANGED -> Tag.VERB;
                case MODIFIED -> Tag.MODIFIED;
                case COARSE -> Tag.NOTE;
                default -> Tag.MOVED;
            });
        }
        return tags;
    }

    private static Set<Tag> gutterTags(RowBlock block) {
        Set<Tag> tags = EnumSet.noneOf(Tag.class);
        for (List<Cell> side : List.of(block.left(), block.right())) {
            for (Cell cell : side) {
                if (cell.gutterTag() != null && cell.gutterTag() != Tag.NUMBER && cell.gutterTag() != Tag.CONTINUED) {
                    tags.add(cell.gutterTag());
                }
            }
        }
        return tags;
    }

    /** F7 from the top and Shift+F7 from the bottom visit exactly the change list, in its order. */
    private static void assertF7StopsAtTheChangeList(ViewerViewModel vm, String where) {
        List<DisplayRow> forward = new ArrayList<>();
        while (vm.nextChange()) {
            forward.add(vm.currentStop());
        }
        assertEquals(vm.changeList(), forward, where + ": F7 stops");
        vm.currentRowProperty().set(-1);
        List<DisplayRow> back = new ArrayList<>();
        while (vm.previousChange()) {
            back.add(0, vm.currentStop());
        }
        assertEquals(vm.changeList(), back, where + ": Shift+F7 stops");
        if (!forward.isEmpty()) {
            assertEquals("change 1 of " + forward.size(), vm.changePositionProperty().get(), where);
        }
    }

    /** compare --json and the text form, with the same options, list the rows the window shows. */
    private static void assertCommandLineShowsTheRows(String left, String right, ViewOptions options,
                                                      List<PresentedRow> shown, List<PresentedRow> changes,
                                                      String where) throws IOException {
        List<String> args = new ArrayList<>(List.of("compare", left, right));
        if (options.onlyChanges()) {
            args.add("--only-changes");
        }
        if (!options.showEditorial()) {
            args.add("--hide-editorial");
        }
        // the JSON lists rows by part (then by annex), each part in the order shown
        List<String> expected = new ArrayList<>();
        for (Part part : Part.values()) {
            for (PresentedRow row : shown) {
                ClauseRow r = row.source();
                if (r.part() == part) {
                    expected.add(r.part() + " " + r.leftNumber() + " " + r.rightNumber());
                }
            }
        }
        JsonNode json = JSON.readTree(run(args, "--json"));
        List<String> rows = new ArrayList<>();
        for (String part : List.of("PREAMBLE", "OPERATIVE")) {
            for (JsonNode row : json.get(part.toLowerCase(java.util.Locale.ROOT))) {
                rows.add(part + " " + number(row.get("left")) + " " + number(row.get("right")));
            }
        }
        if (json.has("annexes")) {
            for (JsonNode annex : json.get("annexes")) {
                for (JsonNode row : annex.get("rows")) {
                    rows.add("ANNEX " + number(row.get("left")) + " " + number(row.get("right")));
                }
            }
        }
        assertEquals(expected, rows, where + ": compare --json rows");
        List<String> lines = run(args, null).lines().filter(l -> l.matches("  [=~+\\->] .*")).toList();
        assertEquals(shown.size(), lines.size(), where + ": compare text rows");
        assertEquals(changes.size(), lines.stream().filter(l -> !l.startsWith("  = ")).count(),
                where + ": compare text changes");
    }

    private static String number(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asText();
    }

    private static String run(List<String> args, String extra) {
        List<String> all = new ArrayList<>(args);
        if (extra != null) {
            all.add(extra);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
