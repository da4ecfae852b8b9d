package org.clausewise.compare;

import java.util.Arrays;

/**
 * Which left item answers which right item, for one list of clauses (or of sub-paragraphs).
 * {@code leftPartner[i]} is the right index matched with left {@code i}, or -1;
 * {@code rightPartner[j]} the reverse. {@code moved[i]} marks a left item matched out of order.
 */
final class Alignment {
    final int[] leftPartner;
    final int[] rightPartner;
    final boolean[] moved;

    Alignment(int left, int right) {
        leftPartner = new int[left];
        rightPartner = new int[right];
        moved = new boolean[left];
        Arrays.fill(leftPartner, -1);
        Arrays.fill(rightPartner, -1);
    }

    void match(int left, int right, boolean outOfOrder) {
        leftPartner[left] = right;
        rightPartner[right] = left;
        moved[left] = outOfOrder;
    }

    boolean leftMatched(int i) {
        return leftPartner[i] >= 0;
    }

    boolean rightMatched(int j) {
        return rightPartner[j] >= 0;
    }
}
