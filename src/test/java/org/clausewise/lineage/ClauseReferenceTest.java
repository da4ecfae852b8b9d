package org.clausewise.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.List;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.junit.jupiter.api.Test;

class ClauseReferenceTest {
    @Test
    void readsTheWaysDelegatesNameAClause() {
        assertEquals(new ClauseReference(Part.OPERATIVE, 8, "A/RES/69/179"), ClauseReference.parse("OP 8 of A/RES/69/179"));
        assertEquals(new ClauseReference(Part.PREAMBLE, 3, "A/RES/67/169"), ClauseReference.parse("pp3 of A/RES/67/169"));
        assertEquals(new ClauseReference(Part.OPERATIVE, 12, "A-67-draft-Third-Committee.txt"),
                ClauseReference.parse("  operative paragraph 12 in A-67-draft-Third-Committee.txt "));
        assertEquals(Part.PREAMBLE, ClauseReference.parse("preambular 2 of x.txt").part());
    }

    @Test
    void rejectsWhatItCannotReadWithOneLineSayingHow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClauseReference.parse("paragraph 8"));
        assertTrue(e.getMessage().contains("OP 8 of A/RES/69/179"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertThrows(IllegalArgumentException.class, () -> ClauseReference.parse("OP 0 of A/RES/69/179"));
        assertThrows(IllegalArgumentException.class, () -> ClauseReference.parse(null));
    }

    @Test
    void namesATextBySymbolOrByFileName() {
        CorpusEntry adopted = entry("A/RES/69/179", "A-RES-69-179.txt");
        CorpusEntry draft = entry(null, "A-67-draft-Third-Committee.txt");
        assertTrue(ClauseReference.parse("OP 1 of a/res/69/179").names(adopted));
        assertTrue(ClauseReference.parse("OP 1 of A-RES-69-179").names(adopted));
        assertTrue(ClauseReference.parse("OP 1 of A-67-draft-Third-Committee.txt").names(draft));
        assertTrue(ClauseReference.parse("OP 1 of A-67-draft-Third-Committee").names(draft));
        assertFalse(ClauseReference.parse("OP 1 of A/RES/69/17").names(adopted));
    }

    private static CorpusEntry entry(String symbol, String file) {
        return new CorpusEntry(Paths.get("corpus", file), new Resolution(symbol, 69,
                symbol == null ? ResolutionKind.DRAFT : ResolutionKind.RESOLUTION, "Made-up", null, List.of(),
                List.of(), List.of(), List.of(), file));
    }
}
