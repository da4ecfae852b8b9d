package org.clausewise.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausewise.cli.Main;
import org.clausewise.compare.MadeUpStructure;
import org.clausewise.model.Clause;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clauses named with their section ("OP IV.3 of …") or annex, and their histories followed across sections. */
class SectionReferenceTest {
    @Test
    void readsASectionAndAnAnnexLabel() {
        ClauseReference op = ClauseReference.parse("OP IV.3 of A/RES/79/258");
        assertEquals(Part.OPERATIVE, op.part());
        assertEquals(3, op.number());
        assertEquals("IV", op.section());
        assertEquals("A/RES/79/258", op.text());
        assertEquals("OP IV.3 of A/RES/79/258", op.toString());
        assertEquals("IV.A", ClauseReference.parse("OP IV.A.2 of X").section());
        ClauseReference annex = ClauseReference.parse("Annex I \u00B6 3 of A/RES/2/10");
        assertEquals(Part.ANNEX, annex.part());
        assertEquals("Annex I \u00B6 3", annex.clauseLabel());
        assertEquals("Annex art. 5", ClauseReference.parse("Annex art. 5 of X").clauseLabel());
    }

    @Test
    void namesTheClauseOfItsSectionOnly() {
        Resolution right = MadeUpStructure.right();
        ClauseReference ref = ClauseReference.parse("OP III.1 of A/RES/2/10");
        List<Clause> named = right.operative().stream().filter(ref::names).toList();
        assertEquals(1, named.size());
        assertEquals("OP III.1", named.get(0).label());
        assertEquals(3, right.operative().stream().filter(ClauseReference.parse("OP 1 of A/RES/2/10")::names).count(),
                "without its section, OP 1 is one in each section");
        Clause third = right.annexes().get(0).clauses().get(2);
        assertTrue(ClauseReference.parse("Annex I \u00B6 3 of A/RES/2/10").names(third));
    }

    @Test
    void aHistoryFollowsAClauseIntoAnotherSectionAndAnAnnexClauseToo() {
        SeriesLineage lineage = new LineageBuilder().build(List.of(MadeUpStructure.left(), MadeUpStructure.right()));
        Resolution right = lineage.timeline().get(1);
        Clause ships = right.operative().stream().filter(c -> c.label().equals("OP III.1")).findFirst().orElseThrow();
        ClauseHistory h = lineage.historyOf(right, ships).orElseThrow();
        assertEquals("OP I.3", h.firstAppearance().clause().label());
        assertTrue(h.latest().renumbered());
        assertEquals("OP III.1 of A/RES/2/10", h.label());
        assertEquals(3, lineage.histories(Part.ANNEX).size());
        ClauseHistory prizes = lineage.historyOf(right, right.annexes().get(0).clauses().get(2)).orElseThrow();
        assertEquals(2, prizes.versions().size());
        assertTrue(prizes.latest().wordingChanged());
    }

    /** Programme budget special subjects 78 → 79: the history of a paragraph numbered per section. */
    @Test
    void historyOnTheCommandLineTakesASectionedReference(@TempDir Path dir) throws Exception {
        Path pdf = Path.of("..", "shared", "pdf");
        Assumptions.assumeTrue(Files.isDirectory(pdf.resolve("78")), "no ../shared/pdf here");
        Files.copy(pdf.resolve("78/A_RES_78_253.pdf"), dir.resolve("A_RES_78_253.pdf"));
        Files.copy(pdf.resolve("79/A_RES_79_258.pdf"), dir.resolve("A_RES_79_258.pdf"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("history", dir.toString(), "--clause", "OP III.3 of A/RES/79/258"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("History of OP III.3 of A/RES/79/258"), text);
        assertTrue(text.contains("as OP IV.3"), "it was IV.3 in the 78th: " + text);

        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        int ambiguous = Main.run(List.of("history", dir.toString(), "--clause", "OP 3 of A/RES/79/258"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err2, true, StandardCharsets.UTF_8));
        String message = err2.toString(StandardCharsets.UTF_8);
        assertEquals(1, ambiguous);
        assertEquals(1, message.strip().lines().count());
        assertTrue(message.contains("per section") && message.contains("OP III.3"), message);
        assertFalse(message.contains("Exception"));
    }
}
