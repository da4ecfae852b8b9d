package org.clausewise.amend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The draft an amendment names, found by symbol: the latest revision, never an earlier version, never a neighbour. */
class DraftLookupTest {
    private static final Function<String, String> SYMBOL = s -> s;

    @Test
    void theLatestRevisionIsUsedAndSaid() {
        DraftLookup.Found<String> f = DraftLookup.find("A/C.3/80/L.2", List.of("A/C.3/80/L.20", "A/C.3/80/L.2",
                "A/C.3/80/L.2/Rev.2", "A/C.3/80/L.2/Rev.1", "A/C.3/80/L.2/Corr.1"), SYMBOL);
        assertEquals("A/C.3/80/L.2/Rev.2", f.used().orElseThrow());
        assertTrue(f.isRevision());
        assertEquals("A/C.3/80/L.2/Rev.2 (the latest revision of A/C.3/80/L.2)", f.describe());
    }

    @Test
    void theDraftItselfWhenItHasNoRevision() {
        DraftLookup.Found<String> f = DraftLookup.find("A/80/L.18", List.of("A/80/L.19", "A/80/L.18", "A/80/L.1"), SYMBOL);
        assertEquals("A/80/L.18", f.used().orElseThrow());
        assertFalse(f.isRevision());
        assertEquals("A/80/L.18", f.describe());
    }

    @Test
    void anEarlierVersionThanTheOneNamedIsNotUsed() {
        DraftLookup.Found<String> f = DraftLookup.find("A/C.3/80/L.2/Rev.1", List.of("A/C.3/80/L.2"), SYMBOL);
        assertTrue(f.used().isEmpty());
        assertEquals("draft A/C.3/80/L.2/Rev.1 not found", f.describe());
    }

    @Test
    void spacingAndCaseOfTheSymbolDoNotMatter() {
        DraftLookup.Found<String> f = DraftLookup.find("A/C.3/80/L.2", List.of("a/c.3/80/l.2/rev. 1"), SYMBOL);
        assertEquals("a/c.3/80/l.2/rev. 1", f.used().orElseThrow());
    }

    @Test
    void textsWithoutSymbolAndAMissingNameFindNothing() {
        assertTrue(DraftLookup.find("A/80/L.18", java.util.Arrays.asList((String) null), SYMBOL).used().isEmpty());
        assertEquals("the amendment does not say which draft it amends", DraftLookup.find(null, List.of("A/80/L.18"), SYMBOL).describe());
    }
}
