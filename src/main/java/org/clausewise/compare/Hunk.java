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

    private static void classifyInto(List<Token> del, List<Token> ins, List<Hunk> out) {
        if (del.isEmpty() && ins.isEmpty()) {
            return;
        }
        if (EditorialRules.isEditorial(del, ins)) {
            out.add(new Hunk(del, ins, true));
            return;
        }
        // an editorial piece at the start: the smallest prefix pair that is noise on its own
        for (int size = 1; size <= 2 * EDGE_SEARCH; size++) {
            for (int k = Math.max(0, size - EDGE_SEARCH); k <= Math.min(size, EDGE_SEARCH); k++) {
                int k2 = size - k;
                if (k > del.size() || k2 > ins.size() || (k == del.size() && k2 == ins.size())) {
                    continue;
                }
                if (k > 0 && k2 > 0 && EditorialRules.isEditorial(del.subList(0, k), ins.subList(0, k2))) {
                    out.add(new Hunk(del.subList(0, k), ins.subList(0, k2), true));
                    classifyInto(del.subList(k, del.size()), ins.subList(k2, ins.size()), out);
                    return;
                }
            }
        }
        // an editorial piece at the end
        for (int size = 1; size <= 2 * EDGE_SEARCH; size++) {
            for (int k = Math.max(0, size - EDGE_SEARCH); k <= Math.min(size, EDGE_SEARCH); k++) {
                int k2 = size - k;
                if (k > del.size() || k2 > ins.size() || (k == del.size() && k2 == ins.size())) {
                    continue;
                }
                if (k > 0 && k2 > 0 && EditorialRules.isEditorial(
                        del.subList(del.size() - k, del.size()), ins.subList(ins.size() - k2, ins.size()))) {
                    out.add(new Hunk(del.subList(0, del.size() - k), ins.subList(0, ins.size() - k2), false));
                    out.add(new Hunk(del.subList(del.size() - k, del.size()), ins.subList(ins.size() - k2, ins.size()), true));
                    return;
                }
            }
        }
        out.add(new Hunk(del, ins, false));
    }
}
