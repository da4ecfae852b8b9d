package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.clausewise.model.Annex;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.SubParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tree read from every official PDF in {@code ../shared/pdf} (sessions 78 and 79, and five
 * documents of the 80th): none refused, no footnote mark or page furniture in any clause, and for
 * a sample counted by eye (numbers only: the texts are not ours) the same operative paragraphs,
 * sections and annexes. Skipped when {@code ../shared/pdf} is not beside the project.
 */
class OfficialPdfShapesTest {
    /** Job numbers ("23-20100"), barcodes ("*2320100*"), the private-use marker form, tags left by a reader. */
    private static final Pattern FURNITURE = Pattern.compile(
            "\\b\\d{2}-\\d{5}\\b|\\*\\d{7}\\*|[\uE000\uE001]|</?sup>|\\bPlease recycle\\b|\\bDistr\\.:");
    /** A footnote mark glued to a word or to the punctuation after it: "Authority;43", "Shelf,73", "Rights2". */
    private static final Pattern GLUED_MARK = Pattern.compile("\\p{Ll}{3,}[;,.:]?\\d{1,3}(?=\\s|$)");

    /**
     * Counted by eye on the PDFs: operative paragraphs of the body (numbered and unnumbered), labelled
     * section headings of the body, annexes. Shapes: unnumbered operative paragraph with an annexed
     * declaration (78/1, 78/3, 79/2, 79/233), a budget whose numbering restarts per section with a
     * preamble per section (78/253), Part/Section budgets with a staffing table annexed (78/252,
     * 79/257), a treaty annex with articles (79/243), roman sections with running numbers (78/234,
     * 78/68, 78/245), unlabelled headings (78/297, 79/214, 79/300, 79/327), annexed rules (78/128),
     * and the five documents of the 80th session.
     */
    private static final Object[][] COUNTED = {
        {"78/A_RES_78_1.pdf", 1, 0, 1}, {"78/A_RES_78_3.pdf", 1, 0, 1}, {"79/A_RES_79_2.pdf", 1, 0, 1},
        {"79/A_RES_79_233.pdf", 1, 0, 1}, {"78/A_RES_78_253.pdf", 220, 27, 0}, {"78/A_RES_78_252.pdf", 77, 32, 1},
        {"79/A_RES_79_257.pdf", 78, 32, 1}, {"79/A_RES_79_243.pdf", 12, 0, 2}, {"78/A_RES_78_234.pdf", 55, 8, 0},
        {"78/A_RES_78_68.pdf", 276, 14, 0}, {"78/A_RES_78_245.pdf", 124, 5, 0}, {"78/A_RES_78_297.pdf", 25, 0, 0},
        {"79/A_RES_79_214.pdf", 32, 0, 0}, {"79/A_RES_79_300.pdf", 7, 0, 0}, {"79/A_RES_79_327.pdf", 53, 0, 0},
        {"78/A_RES_78_128.pdf", 32, 0, 3}, {"78/A_RES_78_124.pdf", 1, 0, 0}, {"78/A_RES_78_329.pdf", 1, 0, 0},
        {"78/A_RES_78_249.pdf", 19, 0, 1}, {"78/A_RES_78_10.pdf", 9, 0, 0}, {"78/A_RES_78_100.pdf", 8, 0, 0},
        {"78/A_RES_78_150.pdf", 9, 0, 0}, {"78/A_RES_78_200.pdf", 7, 0, 0}, {"78/A_RES_78_300.pdf", 28, 0, 0},
        {"78/A_RES_78_50.pdf", 10, 0, 0}, {"79/A_RES_79_10.pdf", 9, 0, 0}, {"79/A_RES_79_100.pdf", 17, 0, 0},
        {"79/A_RES_79_150.pdf", 42, 0, 0}, {"79/A_RES_79_200.pdf", 9, 0, 0}, {"79/A_RES_79_50.pdf", 23, 0, 0},
        {"80-shapes/A_80_L.18.pdf", 52, 0, 0}, {"80-shapes/A_80_L.19.pdf", 1, 0, 0},
        {"80-shapes/A_80_L.20.pdf", 1, 0, 0}, {"80-shapes/A_C.3_80_L.56.pdf", 1, 0, 0},
        {"80-shapes/A_C.4_80_L.10.pdf", 1, 0, 0},
    };

    private static final Map<String, Resolution> READ = new LinkedHashMap<>();
    private static final List<String> REFUSED = new ArrayList<>();

    @BeforeAll
    static void readAll() {
        for (OfficialPdfReads.Read r : OfficialPdfReads.all()) {
            if (r.resolution() != null) {
                READ.put(r.key(), r.resolution());
            } else {
                REFUSED.add(r.key() + ": " + r.refusal());
            }
        }
    }

    private static void assumePdfs() {
        assumeTrue(OfficialPdfReads.present(), "../shared/pdf is not beside the project");
    }

    @Test
    void everyDocumentIsReadNoneRefused() {
        assumePdfs();
        assertTrue(REFUSED.isEmpty(), REFUSED.toString());
        assertTrue(READ.size() >= 664, "read " + READ.size());
        long resolutions = READ.values().stream().filter(r -> r.kind() == ResolutionKind.RESOLUTION).count();
        assertEquals(659, resolutions);
        for (Map.Entry<String, Resolution> e : READ.entrySet()) {
            Resolution r = e.getValue();
            assertFalse(r.operative().isEmpty() && r.annexes().isEmpty(), e.getKey() + " has no operative paragraph");
        }
    }

    @Test
    void noFootnoteMarkOrPageFurnitureInAnyClause() {
        assumePdfs();
        List<String> bad = new ArrayList<>();
        for (Map.Entry<String, Resolution> e : READ.entrySet()) {
            for (Clause c : clauses(e.getValue())) {
                check(e.getKey() + " " + c.label(), c.text(), bad);
                for (SubParagraph s : c.subparagraphs()) {
                    checkSub(e.getKey() + " " + c.label(), s, bad);
                }
            }
        }
        assertTrue(bad.isEmpty(), bad.size() + " clauses: " + bad.subList(0, Math.min(10, bad.size())));
    }

    @Test
    void countedSampleAgrees() {
        assumePdfs();
        List<String> wrong = new ArrayList<>();
        for (Object[] row : COUNTED) {
            Resolution r = READ.get((String) row[0]);
            assertNotNull(r, (String) row[0]);
            long sections = r.headings().stream().filter(h -> !h.label().isEmpty()).count();
            String got = r.operative().size() + "/" + sections + "/" + r.annexes().size();
            String want = row[1] + "/" + row[2] + "/" + row[3];
            if (!got.equals(want)) {
                wrong.add(row[0] + " operative/sections/annexes " + got + ", counted " + want);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.toString());
    }

    @Test
    void theFiveShapesOfTheEightiethSession() {
        assumePdfs();
        Resolution draft = READ.get("80-shapes/A_80_L.18.pdf");
        assertEquals(ResolutionKind.DRAFT, draft.kind());
        assertEquals(46, draft.preamble().size());
        Resolution deletePp = READ.get("80-shapes/A_80_L.19.pdf");
        assertEquals(ResolutionKind.AMENDMENT, deletePp.kind());
        assertEquals("A/80/L.18", deletePp.amendment().draftSymbol());
        assertEquals(38, deletePp.amendment().instructions().get(0).paragraph());
        // The paragraph the amendment quotes is the draft's 38th: same opening word.
        String quoted = deletePp.amendment().instructions().get(0).words();
        assertEquals(draft.preamble().get(37).leadingWord(), quoted.substring(0, quoted.indexOf(' ')));
        Resolution deleteOp = READ.get("80-shapes/A_80_L.20.pdf");
        assertEquals(9, deleteOp.amendment().instructions().get(0).paragraph());
        assertEquals("delete", deleteOp.amendment().instructions().get(0).action().jsonName());
        Resolution insert = READ.get("80-shapes/A_C.3_80_L.56.pdf");
        assertEquals("A/C.3/80/L.2", insert.amendment().draftSymbol());
        assertEquals("insert", insert.amendment().instructions().get(0).action().jsonName());
        assertEquals("after", insert.amendment().instructions().get(0).position().jsonName());
        assertEquals(3, insert.amendment().instructions().get(0).paragraph());
        assertNotNull(insert.amendment().instructions().get(0).newText());
        Resolution decision = READ.get("80-shapes/A_C.4_80_L.10.pdf");
        assertEquals(ResolutionKind.DRAFT_DECISION, decision.kind());
        assertFalse(decision.operative().get(0).numbered());
    }

    @Test
    void aBudgetNumbersPerSectionAndAnAnnexedDeclarationKeepsItsParagraphs() {
        assumePdfs();
        Resolution budget = READ.get("78/A_RES_78_253.pdf");
        assertTrue(budget.operative().stream().anyMatch(c -> c.label().equals("OP XIX.26")));
        assertTrue(budget.preamble().stream().anyMatch(c -> c.label().equals("PP XII.2")));
        Resolution declaration = READ.get("78/A_RES_78_1.pdf");
        Annex annex = declaration.annexes().get(0);
        assertEquals(43, annex.clauses().size());
        assertEquals(3, annex.headings().size());
        assertEquals("OP", declaration.operative().get(0).label());
        Resolution treaty = READ.get("79/A_RES_79_243.pdf");
        assertEquals(68, treaty.annexes().get(0).clauses().stream().filter(c -> c.label().contains("art.")).count());
    }

    private static List<Clause> clauses(Resolution r) {
        List<Clause> all = new ArrayList<>(r.preamble());
        all.addAll(r.operative());
        for (Annex a : r.annexes()) {
            all.addAll(a.clauses());
        }
        return all;
    }

    private static void checkSub(String where, SubParagraph s, List<String> bad) {
        check(where + "(" + s.label() + ")", s.text(), bad);
        for (SubParagraph child : s.subparagraphs()) {
            checkSub(where + "(" + s.label() + ")", child, bad);
        }
    }

    private static void check(String where, String text, List<String> bad) {
        if (text.indexOf('\n') >= 0 || FURNITURE.matcher(text).find() || GLUED_MARK.matcher(text).find()) {
            bad.add(where);
        }
    }
}
