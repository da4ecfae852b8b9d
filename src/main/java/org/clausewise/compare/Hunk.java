package org.clausewise.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * One changed stretch of a word diff: tokens deleted from the left, tokens inserted on the
 * right, and whether the change is only editorial.
 */
record Hunk(List<Token> deleted, List<Token> inserted, boolean editorial) {
    /** How far into a changed stretch we look for an editorial piece at its start or end. */
    private static final int EDGE_SEARCH = 4;

    /**
     * Classifies a changed stretch, first cutting off editorial pieces at its start and end, so
     * that "elementsin all" → "elements in every" marks the OCR join editorial and only
     * "all" → "every" substantive.
     */
    static List<Hunk> classify(List<Token> deleted, List<Token> inserted) {
        List<Hunk> out = new ArrayList<>(2);
        classifyInto(deleted, inserted, out);
        return out;
    }

    /** A loop, not recursion: a long stretch with an editorial piece at every step must not overflow the stack. */
    private static void classifyInto(List<Token> del, List<Token> ins, List<Hunk> out) {
        while (!del.isEmpty() || !ins.isEmpty()) {
            if (EditorialRules.isEditorial(del, ins)) {
                out.add(new Hunk(del, ins, true));
                return;
            }
            int[] head = editorialEdge(del, ins, false);
            if (head == null) {
                break;
            }
            out.add(new Hunk(del.subList(0, head[0]), ins.subList(0, head[1]), true));
            del = del.subList(head[0], del.size());
            ins = ins.subList(head[1], ins.size());
        }
        if (del.isEmpty() && ins.isEmpty()) {
            return;
        }
        int[] tail = editorialEdge(del, ins, true);
        if (tail != null) {
            int d = del.size() - tail[0];
            int i = ins.size() - tail[1];
            out.add(new Hunk(del.subList(0, d), ins.subList(0, i), false));
            out.add(new Hunk(del.subList(d, del.size()), ins.subList(i, ins.size()), true));
            return;
        }
        out.add(new Hunk(del, ins, false));
    }

    /**
     * The smallest piece at the start (or the end) of a changed stretch that is editorial on its
     * own, as {deleted tokens, inserted tokens}; null when there is none. Never the whole stretch.
     */
    private static int[] editorialEdge(List<Token> del, List<Token> ins, boolean atEnd) {
        for (int size = 1; size <= 2 * EDGE_SEARCH; size++) {
            for (int k = Math.max(0, size - EDGE_SEARCH); k <= Math.min(size, EDGE_SEARCH); k++) {
                int k2 = size - k;
                if (k > del.size() || k2 > ins.size() || (k == del.size() && k2 == ins.size())) {
                    continue;
                }
                if (k > 0 && k2 > 0 && EditorialRules.isEditorial(
                        atEnd ? del.subList(del.size() - k, del.size()) : del.subList(0, k),
                        atEnd ? ins.subList(ins.size() - k2, ins.size()) : ins.subList(0, k2))) {
                    return new int[] {k, k2};
                }
            }
        }
        return null;
    }
}
