package org.clausewise.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The matching itself, on MADE-UP similarity matrices ([left][right]). */
class SequenceAlignerTest {

    @Test
    void oneStrongPairBeatsTwoBorderlinePairsItWouldCross() {
        double[][] sim = {{0.5, 0.0}, {0.95, 0.5}};
        Alignment a = SequenceAligner.align(sim, 2, 2);
        assertArrayEquals(new int[] {-1, 0}, a.leftPartner);
        assertFalse(a.moved[1]);
    }

    @Test
    void notGreedy_firstGoodMatchDoesNotStealALaterBetterOne() {
        // left 0 is close to right 0 and right 1; left 1 only to right 1: a greedy first match
        // of left 0 with its best (right 1) would leave left 1 without a partner
        double[][] sim = {{0.7, 0.8}, {0.1, 0.9}};
        Alignment a = SequenceAligner.align(sim, 2, 2);
        assertArrayEquals(new int[] {0, 1}, a.leftPartner);
    }

    @Test
    void outOfOrderPairIsMovedOnlyWhenClearlyTheSame() {
        double[][] sim = {{0.1, 0.1, 0.9}, {0.9, 0.1, 0.1}, {0.1, 0.9, 0.1}};
        Alignment a = SequenceAligner.align(sim, 3, 3);
        assertArrayEquals(new int[] {2, 0, 1}, a.leftPartner);
        assertTrue(a.moved[0]);
        assertFalse(a.moved[1] || a.moved[2]);
        double[][] weak = {{0.1, 0.1, 0.55}, {0.9, 0.1, 0.1}, {0.1, 0.9, 0.1}};
        assertArrayEquals(new int[] {-1, 0, 1}, SequenceAligner.align(weak, 3, 3).leftPartner);
    }
}
