package org.clausewise.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.clausewise.model.SubParagraph;

/**
 * A clause's sub-paragraphs as a tree addressed by paths of positions ((b) → [1], (b)(ii) → [1, 1]):
 * finding one by its label and rebuilding the tree with one of them replaced, removed or joined by
 * new ones. Sub-paragraphs are records, so every change builds the path anew.
 */
final class SubparagraphTree {
    private SubparagraphTree() {
    }

    /** A sub-paragraph or the lead-in (empty path) with its text. */
    record Slot(List<Integer> path, String text, List<org.clausewise.model.FootnoteRef> refs) {
    }

    /**
     * The paths of the sub-paragraphs labelled {@code label} that the draft has (those an amendment
     * brought in are skipped): top-level ones first; nested ones only when no top-level one has it.
     */
    static List<List<Integer>> find(List<SubParagraph> subs, String label, WorkingClause owner) {
        List<List<Integer>> top = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            if (subs.get(i).label().equalsIgnoreCase(label) && !owner.isAdded(subs.get(i))) {
                top.add(List.of(i));
            }
        }
        if (!top.isEmpty()) {
            return top;
        }
        List<List<Integer>> nested = new ArrayList<>();
        for (int i = 0; i < subs.size(); i++) {
            collect(subs.get(i).subparagraphs(), label, owner, List.of(i), nested);
        }
        return nested;
    }

    private static void collect(List<SubParagraph> subs, String label, WorkingClause owner, List<Integer> at,
                                List<List<Integer>> into) {
        for (int i = 0; i < subs.size(); i++) {
            List<Integer> path = append(at, i);
            if (subs.get(i).label().equalsIgnoreCase(label) && !owner.isAdded(subs.get(i))) {
                into.add(path);
            }
            collect(subs.get(i).subparagraphs(), label, owner, path, into);
        }
    }

    static SubParagraph at(List<SubParagraph> subs, List<Integer> path) {
        SubParagraph s = subs.get(path.get(0));
        for (int k = 1; k < path.size(); k++) {
            s = s.subparagraphs().get(path.get(k));
        }
        return s;
    }

    /** "(b)", "(b) (ii)": a path as printed labels. */
    static String labels(List<SubParagraph> subs, List<Integer> path) {
        StringBuilder sb = new StringBuilder();
        List<SubParagraph> level = subs;
        for (int i : path) {
            SubParagraph s = level.get(i);
            sb.append(sb.length() == 0 ? "" : " ").append('(').append(s.label()).append(')');
            level = s.subparagraphs();
        }
        return sb.toString();
    }

    /**
     * The tree with the sub-paragraph at {@code path} replaced by what {@code change} makes of it (none:
     * removed). A parent rebuilt on the way keeps the owner's note that an amendment brought it in.
     */
    static List<SubParagraph> replace(List<SubParagraph> subs, List<Integer> path,
                                      Function<SubParagraph, List<SubParagraph>> change, WorkingClause owner) {
        List<SubParagraph> out = new ArrayList<>(subs.subList(0, path.get(0)));
        SubParagraph target = subs.get(path.get(0));
        if (path.size() == 1) {
            out.addAll(change.apply(target));
        } else {
            SubParagraph rebuilt = new SubParagraph(target.label(), target.text(), target.footnoteRefs(),
                    replace(target.subparagraphs(), path.subList(1, path.size()), change, owner));
            if (owner.isAdded(target)) {
                owner.markAdded(rebuilt);
            }
            out.add(rebuilt);
        }
        out.addAll(subs.subList(path.get(0) + 1, subs.size()));
        return out;
    }

    /** The lead-in and every sub-paragraph at any depth, in reading order; under {@code within} only, when given. */
    static List<Slot> slots(String leadIn, List<org.clausewise.model.FootnoteRef> leadRefs, List<SubParagraph> subs,
                            List<Integer> within) {
        List<Slot> all = new ArrayList<>();
        if (within == null) {
            all.add(new Slot(List.of(), leadIn, leadRefs));
        }
        addSlots(subs, List.of(), within, all);
        return all;
    }

    private static void addSlots(List<SubParagraph> subs, List<Integer> at, List<Integer> within, List<Slot> into) {
        for (int i = 0; i < subs.size(); i++) {
            List<Integer> path = append(at, i);
            SubParagraph s = subs.get(i);
            if (within == null || startsWith(path, within)) {
                into.add(new Slot(path, s.text(), s.footnoteRefs()));
            }
            addSlots(s.subparagraphs(), path, within, into);
        }
    }

    private static boolean startsWith(List<Integer> path, List<Integer> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    private static List<Integer> append(List<Integer> path, int i) {
        List<Integer> p = new ArrayList<>(path);
        p.add(i);
        return List.copyOf(p);
    }
}
