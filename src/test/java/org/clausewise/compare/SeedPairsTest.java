package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Relation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine alone on the checked clean texts of the seeds (seeds.json), against the expected
 * alignments of pairs.json: the operative map exact, added and removed exact, the listed clauses
 * at least modified. The same pairs are checked from the raw corpus files through the parser in
 * CorpusPairsTest.
 */
class SeedPairsTest {
    private final ResolutionComparer comparer = new ResolutionComparer();

    static Stream<Arguments> pairs() {
        return java.util.stream.StreamSupport.stream(SeedTexts.json("/pairs.json").spliterator(), false)
                .map(p -> Arguments.of(p.get("note").asText(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void operativeAlignmentIsAsExpected(String note, JsonNode pair) {
        Comparison c = comparer.compare(SeedTexts.seed(pair.get("left").asText()), SeedTexts.seed(pair.get("right").asText()));
        assertExpected(pair, c);
    }

    static void assertExpected(JsonNode pair, Comparison c) {
        Map<Integer, Integer> expectedMap = new TreeMap<>();
        pair.get("operative_map").fields().forEachRemaining(e -> expectedMap.put(Integer.parseInt(e.getKey()), e.getValue().asInt()));
        Map<Integer, Integer> map = new TreeMap<>();
        Set<Integer> added = new TreeSet<>();
        Set<Integer> removed = new TreeSet<>();
        Set<Integer> modified = new TreeSet<>();
        for (ClauseRow row : c.operative()) {
            assertEquals(Relation.NONE, row.relation(), "no split or merge in this pair: " + row.left() + " / " + row.right());
            if (row.left() != null && row.right() != null) {
                map.put(row.leftNumber(), row.rightNumber());
            } else if (row.left() == null) {
                added.add(row.rightNumber());
            } else {
                removed.add(row.leftNumber());
            }
            if (row.kind() == ChangeKind.MODIFIED || row.kind() == ChangeKind.MOVED) {
                modified.add(row.rightNumber());
            }
        }
        assertEquals(expectedMap, map, "operative map");
        assertEquals(numbers(pair.get("operative_added")), added, "added");
        assertEquals(numbers(pair.get("operative_removed")), removed, "removed");
        Set<Integer> mustBeModified = numbers(pair.get("modified_operative_right"));
        assertTrue(modified.containsAll(mustBeModified), "modified " + modified + " should include " + mustBeModified);
    }

    private static Set<Integer> numbers(JsonNode array) {
        Set<Integer> s = new TreeSet<>();
        array.forEach(n -> s.add(n.asInt()));
        return s;
    }
}
