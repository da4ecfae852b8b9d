package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.EditOp;
import org.clausewise.model.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The expected alignments of pairs.json, and the draft → adopted checks, on the raw corpus files
 * read through the parser: what the app and the command line actually compare.
 */
class CorpusPairsTest {
    private final ResolutionComparer comparer = new ResolutionComparer();

    static Stream<org.junit.jupiter.params.provider.Arguments> pairs() {
        return SeedPairsTest.pairs();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void operativeAlignmentIsAsExpected(String note, JsonNode pair) {
        Comparison c = comparer.compare(CorpusTexts.seed(pair.get("left").asText()), CorpusTexts.seed(pair.get("right").asText()));
        SeedPairsTest.assertExpected(pair, c);
        for (ClauseRow row : c.allRows()) {
            if (row.left() != null && row.right() != null) {
                WordDifferTest.assertSpansMatchEdits(row.left().text(), row.right().text(), row.diff());
            }
        }
    }

    @Test
    void draftToAdopted67_op12VerbChangeIsSubstantive_ocrSlipsAreEditorial() {
        Comparison c = comparer.compare(CorpusTexts.read("A-67-draft-Third-Committee.txt"), CorpusTexts.read("A-RES-67-169.txt"));
        ClauseRow op12 = c.operative().stream().filter(r -> r.leftNumber() == 12).findFirst().orElseThrow();
        assertEquals(12, op12.rightNumber());
        assertTrue(op12.verbChanged());
        assertEquals(ChangeClass.SUBSTANTIVE, op12.changeClass());
        assertEquals("Welcomes", op12.diff().edits().get(0).text());
        assertEquals(EditOp.DELETE, op12.diff().edits().get(0).op());
        assertEquals("Recalls", op12.diff().edits().get(1).text());

        ClauseRow pp8 = c.preamble().get(7);
        assertTrue(pp8.right().text().contains("elementsin"), pp8.right().text());
        assertEquals(ChangeClass.EDITORIAL, pp8.changeClass());
        ClauseRow op4 = c.operative().get(3);
        assertTrue(op4.right().text().startsWith("Urges al actors"), op4.right().text());
        assertEquals(ChangeClass.EDITORIAL, op4.changeClass());
        assertEquals(1, c.summary().verbChanges());
        assertEquals(0, c.summary().added() + c.summary().removed() + c.summary().moved());
    }

    /**
     * 75/176 → 79/175, "Calls upon all States:" (OP 7 → OP 8): the new sub-paragraphs (b) and (s)
     * are added, the old (b)…(q) are found again as (c)…(r), relettered but unchanged unless reworded.
     */
    @Test
    void subparagraphsAreAlignedAcrossRelettering_privacy75to79() {
        Comparison c = comparer.compare(CorpusTexts.read("A-RES-75-176.txt"), CorpusTexts.read("A-RES-79-175.txt"));
        ClauseRow callsUpon = c.operative().stream().filter(r -> r.left() != null && r.leftNumber() == 7).findFirst().orElseThrow();
        assertEquals(8, callsUpon.rightNumber());
        assertTrue(callsUpon.right().text().startsWith("Calls upon all States"), callsUpon.right().text());
        List<String> added = callsUpon.subparagraphs().stream().filter(s -> s.kind() == ChangeKind.ADDED)
                .map(s -> s.right().label()).collect(Collectors.toList());
        assertEquals(List.of("b", "s"), added);
        assertTrue(callsUpon.subparagraphs().stream().noneMatch(s -> s.kind() == ChangeKind.REMOVED));
        for (org.clausewise.model.SubparagraphRow s : callsUpon.subparagraphs()) {
            if (s.left() != null && s.left().label().compareTo("b") >= 0) {
                assertEquals((char) (s.left().label().charAt(0) + 1), s.right().label().charAt(0), "relettered " + s.left().label());
            }
            if (s.left() != null && s.right() != null) {
                WordDifferTest.assertSpansMatchEdits(s.left().text(), s.right().text(), s.diff());
            }
        }
        org.clausewise.model.SubparagraphRow a = callsUpon.subparagraphs().get(0);
        assertEquals(ChangeKind.MODIFIED, a.kind());
        assertTrue(a.diff().edits().stream().anyMatch(e -> e.op() == EditOp.INSERT && e.text().strip().equals("both online and offline,")));
        assertEquals(ChangeKind.UNCHANGED, callsUpon.subparagraphs().stream()
                .filter(s -> s.left() != null && s.left().label().equals("b")).findFirst().orElseThrow().kind());
    }

    @Test
    void everyCorpusTextAgainstItselfIsAllUnchanged() throws Exception {
        List<String> files;
        try (Stream<java.nio.file.Path> s = java.nio.file.Files.list(CorpusTexts.CORPUS)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        assertEquals(11, files.size());
        for (String f : files) {
            Resolution r = CorpusTexts.read(f);
            Comparison c = comparer.compare(r, r);
            assertEquals(r.preamble().size() + r.operative().size(), c.summary().unchanged(), f);
            assertTrue(c.allRows().stream().allMatch(row -> row.kind() == ChangeKind.UNCHANGED && !row.verbChanged()), f);
        }
    }

    @Test
    void reversingAPairSwapsAddedAndRemoved() {
        Resolution a = CorpusTexts.read("A-RES-61-168.txt");
        Resolution b = CorpusTexts.read("A-RES-69-179.txt");
        Comparison forward = comparer.compare(a, b);
        Comparison back = comparer.compare(b, a);
        List<Integer> added = forward.operative().stream().filter(r -> r.kind() == ChangeKind.ADDED)
                .map(ClauseRow::rightNumber).collect(Collectors.toList());
        List<Integer> removed = back.operative().stream().filter(r -> r.kind() == ChangeKind.REMOVED)
                .map(ClauseRow::leftNumber).collect(Collectors.toList());
        assertEquals(List.of(8, 9, 11, 13), added);
        assertEquals(added, removed);
        assertFalse(back.operative().stream().anyMatch(r -> r.kind() == ChangeKind.ADDED));
    }
}
