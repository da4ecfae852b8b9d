package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.AnnexRow;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.HeadingRow;
import org.clausewise.model.Part;
import org.clausewise.model.SubparagraphRow;
import org.clausewise.present.GroupRow;
import org.clausewise.present.Presentation;
import org.clausewise.present.ViewOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Resolutions of one series in the 78th and 79th sessions, from the official PDFs (skipped when
 * {@code ../shared/pdf} is not there), aligned as a careful reader would state it: numbers and labels
 * only, no text of theirs.
 */
class OfficialStructuredPairsTest {
    private static final Path PDF = Path.of("..", "shared", "pdf");
    private static final ResolutionComparer COMPARER = new ResolutionComparer();

    @BeforeAll
    static void needsThePdfs() {
        Assumptions.assumeTrue(Files.isDirectory(PDF.resolve("78")) && Files.isDirectory(PDF.resolve("79")),
                "no ../shared/pdf here");
    }

    /** Sustainable fisheries: fourteen sections each year, the same ones; only the last one's heading renamed. */
    @Test
    void fisheriesKeepsItsFourteenSectionsAndRenamesOnlyTheLast() throws Exception {
        Comparison c = compare("78/A_RES_78_68.pdf", "79/A_RES_79_145.pdf");
        assertEquals(14, c.headings().size());
        List<HeadingRow> changed = c.headings().stream().filter(HeadingRow::isChange).toList();
        assertEquals(1, changed.size());
        assertEquals(ChangeKind.MODIFIED, changed.get(0).kind());
        assertEquals("XIV", changed.get(0).left().path());
        assertEquals("XIV", changed.get(0).right().path());
        assertTrue(c.headings().stream().allMatch(h -> h.left().path().equals(h.right().path())));
        assertTrue(c.operative().stream().noneMatch(ClauseRow::movedBetweenSections));
        assertEquals(0, c.summary().moved());
    }

    /**
     * Oceans and the law of the sea: the 79th drops the section "Regional cooperation" (XIII of 17) and
     * moves its paragraphs into the next section, renames the last heading, and adds an annex.
     */
    @Test
    void oceansDropsASectionMovesItsParagraphsOnAndAddsAnAnnex() throws Exception {
        Comparison c = compare("78/A_RES_78_69.pdf", "79/A_RES_79_144.pdf");
        assertEquals(17, c.left().headings().size());
        assertEquals(16, c.right().headings().size());
        List<HeadingRow> removed = c.headings().stream().filter(h -> h.kind() == ChangeKind.REMOVED).toList();
        assertEquals(1, removed.size());
        assertEquals("XIII", removed.get(0).left().path());
        long fromXiii = c.operative().stream().filter(r -> "XIII".equals(r.fromSection())
                && "XIV".equals(r.right().section())).count();
        assertTrue(fromXiii >= 15, "paragraphs of the dropped section now in XIV: " + fromXiii);
        assertTrue(c.operative().stream().filter(ClauseRow::movedBetweenSections).count() <= fromXiii + 5);

        assertEquals(1, c.annexes().size());
        AnnexRow annex = c.annexes().get(0);
        assertNull(annex.left());
        assertEquals(ChangeKind.ADDED, annex.header().kind());
        assertTrue(annex.rows().stream().allMatch(r -> r.kind() == ChangeKind.ADDED));
        assertEquals(annex.right().clauses().size(), annex.rows().size());

        Presentation p = Presentation.of(c, ViewOptions.ALL);
        List<Presentation.Group> groups = p.shownGroups();
        assertEquals(GroupRow.Kind.ANNEX, groups.get(groups.size() - 1).heading().kind(), "the annex after the body");
        assertEquals(Part.ANNEX, p.clauseRows().get(p.clauseRows().size() - 1).part());
    }

    /** Programme budget special subjects: numbering restarts in each section and sections are renumbered. */
    @Test
    void budgetSectionsRenumberedAreNoChangeAndTheirParagraphsStayTogether() throws Exception {
        Comparison c = compare("78/A_RES_78_253.pdf", "79/A_RES_79_258.pdf");
        assertTrue(c.left().headings().size() >= 20 && c.right().headings().size() >= 20);
        ClauseRow r = c.operative().stream().filter(row -> row.left() != null && row.left().label().equals("OP IV.3"))
                .findFirst().orElseThrow();
        assertEquals("OP III.3", r.right().label(), "section IV of the 78th is section III of the 79th");
        assertEquals(ChangeKind.UNCHANGED, r.kind());
        HeadingRow iv = c.headings().stream().filter(h -> h.left() != null && "IV".equals(h.left().path()))
                .findFirst().orElseThrow();
        assertEquals("III", iv.right().path());
        assertEquals(ChangeKind.UNCHANGED, iv.kind());
        // twin paragraphs of other sections do not pull a section's paragraphs away from it
        long unchangedAcross = c.operative().stream().filter(row -> row.kind() == ChangeKind.UNCHANGED
                && row.left().numberedPerSection() && !row.left().label().equals(row.right().label())).count();
        assertTrue(unchangedAcross >= 30, "paragraphs only renumbered with their section: " + unchangedAcross);
        assertTrue(c.operative().stream().filter(ClauseRow::movedBetweenSections).count() <= 20);
    }

    /** Financing of the Residual Mechanism: a lone annex each year, matched with each other. */
    @Test
    void aLoneAnnexIsMatchedWithTheOtherYearsLoneAnnex() throws Exception {
        Comparison c = compare("78/A_RES_78_249.pdf", "79/A_RES_79_255.pdf");
        assertEquals(1, c.annexes().size());
        AnnexRow annex = c.annexes().get(0);
        assertEquals("", annex.left().id());
        assertEquals("", annex.right().id());
        assertTrue(annex.rows().stream().anyMatch(r -> r.left() != null && r.right() != null));
        assertTrue(annex.rows().stream().allMatch(r -> r.part() == Part.ANNEX));
    }

    /** Report of the Human Rights Council: one unnumbered operative paragraph each year, on one row. */
    @Test
    void aSingleUnnumberedOperativeParagraphFacesItsCounterpart() throws Exception {
        Comparison c = compare("78/A_RES_78_186.pdf", "79/A_RES_79_157.pdf");
        assertEquals(1, c.operative().size());
        ClauseRow op = c.operative().get(0);
        assertEquals("OP", op.left().label());
        assertEquals("OP", op.right().label());
        assertTrue(op.kind() == ChangeKind.UNCHANGED || op.kind() == ChangeKind.MODIFIED);
    }

    /** Human rights in the DPRK: OP 2 (a) has thirteen nested items (i)–(xiii), aligned within (a). */
    @Test
    void nestedItemsAreAlignedWithinTheirParent() throws Exception {
        Comparison c = compare("78/A_RES_78_218.pdf", "79/A_RES_79_181.pdf");
        SubparagraphRow parent = c.operative().stream().flatMap(r -> r.subparagraphs().stream())
                .filter(s -> !s.children().isEmpty()).findFirst().orElseThrow();
        assertEquals(13, parent.children().size());
        for (int i = 0; i < parent.children().size(); i++) {
            SubparagraphRow child = parent.children().get(i);
            assertEquals(child.left().label(), child.right().label(), "item " + (i + 1) + " faces its counterpart");
            assertTrue(child.left().label().matches("[ivx]+"));
        }
        assertTrue(parent.children().stream().anyMatch(s -> s.kind() == ChangeKind.UNCHANGED));
        assertEquals(ChangeKind.MODIFIED, parent.kind());
    }

    private static Comparison compare(String left, String right) throws Exception {
        return COMPARER.compare(ResolutionFiles.read(PDF.resolve(left)), ResolutionFiles.read(PDF.resolve(right)));
    }
}
