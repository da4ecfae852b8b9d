package org.clausewise.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clausewise.compare.WordDiffer;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Relation;
import org.clausewise.model.TextDiff;
import org.junit.jupiter.api.Test;

/** A clause too long for a word-by-word comparison carries a badge that says so, with the model's note. */
class CoarseBadgeTest {
    @Test
    void aCoarselyComparedClauseSaysSo() {
        StringBuilder sb = new StringBuilder("Decides");
        for (int i = 0; i < 60; i++) {
            sb.append(" word").append(i);
        }
        String left = sb.toString();
        String right = left + " x".repeat(50_000);
        TextDiff diff = new WordDiffer().diff(left, right);
        ClauseRow row = new ClauseRow(org.clausewise.model.Part.OPERATIVE, Clause.operative(1, left, List.of(), List.of()),
                Clause.operative(1, right, List.of(), List.of()), ChangeKind.MODIFIED, diff, false, List.of(), Relation.NONE);
        List<Badge> badges = Badges.of(row, ChangeKind.MODIFIED, false);
        Badge coarse = badges.stream().filter(b -> b.kind() == Badge.Kind.COARSE).findFirst().orElseThrow();
        assertEquals("compared coarsely", coarse.text());
        assertEquals("compared as one block: too long for a word-by-word comparison", coarse.detail());
        assertTrue(Badges.of(new ClauseRow(org.clausewise.model.Part.OPERATIVE, Clause.operative(1, "a b", List.of(), List.of()),
                        Clause.operative(1, "a c", List.of(), List.of()), ChangeKind.MODIFIED, new WordDiffer().diff("a b", "a c"),
                        false, List.of(), Relation.NONE), ChangeKind.MODIFIED, false).stream()
                .noneMatch(b -> b.kind() == Badge.Kind.COARSE));
    }
}
