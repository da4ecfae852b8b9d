package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.DiffGranularity;
import org.clausewise.model.EditOp;
import org.clausewise.model.TextDiff;
import org.clausewise.model.WordEdit;
import org.junit.jupiter.api.Test;

/**
 * Texts too long for a word-by-word comparison (issue 14: a 16,000-word clause against its
 * reverse took 15–55 s) are compared sentence by sentence or as one block, correctly and with a
 * note. Made-up texts; the time limit is a hang guard, not a speed figure.
 */
class LongTextDiffTest {
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final String[] WORDS = ("States rights human the of and to in Assembly Council resolution "
            + "international cooperation development report Secretary-General session").split(" ");
    private final WordDiffer differ = new WordDiffer();

    private static List<String> randomWords(Random random, int n) {
        List<String> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            words.add(WORDS[random.nextInt(WORDS.length)] + (i % 13));
        }
        return words;
    }

    private static String sentence(Random random) {
        return String.join(" ", randomWords(random, 10)) + ";";
    }

    @Test
    void aSixteenThousandWordClauseAgainstItsReverseEndsAndRebuildsBothTexts() {
        List<String> words = randomWords(new Random(14), 16_000);
        String left = String.join(" ", words);
        Collections.reverse(words);
        String right = "Also " + String.join(" ", words) + " at its eighty-first session.";
        TextDiff d = assertTimeoutPreemptively(HANG, () -> differ.diff(left, right));
        assertTrue(d.coarse());
        assertEquals(DiffGranularity.WHOLE, d.granularity());
        assertEquals(ChangeClass.SUBSTANTIVE, d.changeClass());
        assertEquals("compared as one block: too long for a word-by-word comparison", d.note());
        WordDifferTest.assertSpansMatchEdits(left, right, d);
    }

    @Test
    void manySentencesOfWhichHalfChangedAreComparedSentenceBySentence() {
        Random random = new Random(79);
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String s = sentence(random);
            left.append(s).append(' ');
            if (i % 2 == 0) {
                right.append(s).append(' ');
                kept.add(s);
            } else {
                right.append(sentence(random)).append(' ');
            }
        }
        TextDiff d = assertTimeoutPreemptively(HANG, () -> differ.diff(left.toString(), right.toString()));
        assertEquals(DiffGranularity.SENTENCES, d.granularity());
        assertEquals("compared sentence by sentence: too long for a word-by-word comparison", d.note());
        String equal = String.join(" ", d.edits().stream().filter(e -> e.op() == EditOp.EQUAL).map(WordEdit::text).toList());
        for (String s : kept) {
            assertTrue(equal.contains(s), "an unchanged sentence is an equal run");
        }
        assertEquals(0.5, d.similarity(), 0.05);
        WordDifferTest.assertSpansMatchEdits(left.toString(), right.toString(), d);
    }

    @Test
    void onlyTheMiddleOfALongTextIsOneBlockWhenItsStartAndEndAreShared() {
        Random random = new Random(3);
        String start = String.join(" ", randomWords(random, 3000));
        String end = String.join(" ", randomWords(random, 3000));
        List<String> middle = randomWords(random, 3000);
        String left = start + " " + String.join(" ", middle) + " " + end;
        Collections.reverse(middle);
        String right = start + " " + String.join(" ", middle) + " " + end;
        TextDiff d = assertTimeoutPreemptively(HANG, () -> differ.diff(left, right));
        assertTrue(d.coarse());
        assertEquals(EditOp.EQUAL, d.edits().get(0).op());
        assertEquals(start, d.edits().get(0).text().strip());
        assertEquals(end, d.edits().get(d.edits().size() - 1).text().strip());
        WordDifferTest.assertSpansMatchEdits(left, right, d);
    }

    /** Found by fuzzing: Myers walks d + 1 diagonals per round even outside the grid, where it checks nothing. */
    @Test
    void aShortClauseAgainstOneFiftyThousandWordsLongerEnds() {
        StringBuilder sb = new StringBuilder("Decides");
        for (int i = 0; i < 60; i++) {
            sb.append(" word").append(i);
        }
        String left = sb.toString();
        String right = left + " x".repeat(50_000);
        TextDiff d = assertTimeoutPreemptively(HANG, () -> differ.diff(left, right));
        assertTrue(d.coarse());
        assertEquals(left, d.edits().get(0).text(), "the shared start is one equal run");
        WordDifferTest.assertSpansMatchEdits(left, right, d);
    }

    @Test
    void ordinaryClausesAreStillComparedWordByWord() {
        TextDiff d = differ.diff("Welcomes the initiative of the Office", "Recalls the initiative of the Office");
        assertEquals(DiffGranularity.WORDS, d.granularity());
        assertNull(d.note());
    }
}
