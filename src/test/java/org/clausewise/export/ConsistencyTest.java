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
import org.clausewise.model.Resolution;
import org.clausewise.present.Badge;
import org.clausewise.present.MadeUpPair;
import org.clausewise.present.PresentedRow;
import org.clausewise.present.Side;
import org.clausewise.present.ViewOptions;
import org.clausewise.ui.viewer.ViewerViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every pair of texts of the bundled corpus, both ways, under every combination of the two
 * options: the screen (the viewer's styled text as built for RichTextFX, through its view model),
 * the PDF (the laid-out lines just before painting), the change list, F7 / Shift+F7 and the command
 * line (JSON rows and text rows) show the same rows, the same marks and the same changes.
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
        for (List<Placed> page : layout.pages) {
            for (Placed p : page) {
                if (p instanceof Placed.Segment s && !s.continued()) {
                    blocks.add(s.block());
                }
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
        List<PresentedRow> forward = new ArrayList<>();
        while (vm.nextChange()) {
            forward.add(vm.currentPresented());
        }
        assertEquals(vm.changes(), forward, where + ": F7 stops");
        vm.currentRowProperty().set(-1);
        List<PresentedRow> back = new ArrayList<>();
        while (vm.previousChange()) {
            back.add(0, vm.currentPresented());
        }
        assertEquals(vm.changes(), back, where + ": Shift+F7 stops");
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
        List<String> expected = new ArrayList<>();
        for (PresentedRow row : shown) {
            ClauseRow r = row.source();
            expected.add(r.part() + " " + r.leftNumber() + " " + r.rightNumber());
        }
        JsonNode json = JSON.readTree(run(args, "--json"));
        List<String> rows = new ArrayList<>();
        for (String part : List.of("PREAMBLE", "OPERATIVE")) {
            for (JsonNode row : json.get(part.toLowerCase(java.util.Locale.ROOT))) {
                rows.add(part + " " + number(row.get("left")) + " " + number(row.get("right")));
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
