package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A text against itself, and every pair of seed texts both ways (checked clean texts of seeds.json). */
class SymmetryTest {
    private final ResolutionComparer comparer = new ResolutionComparer();

    static Stream<String> seeds() {
        return Stream.of("000_deb12b2bf5bc89c9.txt", "001_40b9ea33a818da55.txt", "002_c291d058c258a370.txt",
                "003_9bdd442ed3826a4c.txt", "004_8ce46a3b519808ba.txt");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void textAgainstItselfIsAllUnchanged(String seed) {
        Resolution r = SeedTexts.seed(seed);
        Comparison c = comparer.compare(r, r);
        for (ClauseRow row : c.allRows()) {
            assertEquals(ChangeKind.UNCHANGED, row.kind(), row.left().label());
            assertEquals(row.leftNumber(), row.rightNumber());
            assertEquals(1.0, row.diff().similarity());
            assertFalse(row.verbChanged());
        }
        assertEquals(r.preamble().size() + r.operative().size(), c.summary().unchanged());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void reversingAPairSwapsAddedAndRemoved(String seed) {
        Resolution a = SeedTexts.seed(seed);
        seeds().filter(s -> !s.equals(seed)).forEach(other -> {
            Resolution b = SeedTexts.seed(other);
            Comparison forward = comparer.compare(a, b);
            Comparison back = comparer.compare(b, a);
            assertEquals(forward.summary().added(), back.summary().removed(), seed + " / " + other);
            assertEquals(forward.summary().removed(), back.summary().added(), seed + " / " + other);
            assertEquals(forward.summary().unchanged(), back.summary().unchanged());
            assertEquals(forward.summary().modified() + forward.summary().moved(),
                    back.summary().modified() + back.summary().moved());
            assertEquals(inverted(map(forward)), map(back), seed + " / " + other);
        });
    }

    private static Map<String, String> map(Comparison c) {
        Map<String, String> m = new TreeMap<>();
        for (ClauseRow row : c.allRows()) {
            if (row.left() != null && row.right() != null) {
                m.put(row.left().label(), row.right().label());
            }
        }
        return m;
    }

    private static Map<String, String> inverted(Map<String, String> m) {
        Map<String, String> inv = new TreeMap<>();
        m.forEach((k, v) -> inv.put(v, k));
        return inv;
    }
}
