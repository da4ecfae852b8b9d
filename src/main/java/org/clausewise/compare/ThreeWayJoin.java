package org.clausewise.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Joins three two-way alignments into rows across three texts: last year → draft (PD), draft →
 * adopted (DA) and, for what the draft lacks, last year → adopted (PA). The draft is the hinge: a
 * draft clause's row takes its PD partner on one side and its DA partner on the other. An adopted
 * clause with no draft partner is restored when its PA partner is a last-year clause the draft left
 * out, else added in negotiation. A last-year clause the draft left out, and not restored, stands
 * where the PD alignment put it: before the next draft clause that kept its place.
 *
 * <p>Rows follow the DA rows, so the adopted text's order, with dropped draft clauses where they
 * stood. Clauses and sub-paragraphs are joined alike; {@code T} is the item (a clause, a
 * sub-paragraph), {@code R} the two-way row. Items are told apart by identity: two equal texts in
 * one document are two clauses.
 */
final class ThreeWayJoin<T, R> {
    /** One row of the join: items absent on a side are null, and so are the steps a row lacks. */
    record Joined<T, R>(T previous, T draft, T adopted, R fromLastYear, R inNegotiation, R previousToAdopted) {
    }

    private final Function<R, T> left;
    private final Function<R, T> right;

    ThreeWayJoin(Function<R, T> left, Function<R, T> right) {
        this.left = left;
        this.right = right;
    }

    List<Joined<T, R>> join(List<R> pd, List<R> da, List<R> pa) {
        Map<T, List<R>> pdByDraft = byItem(pd, right);
        Map<T, List<R>> daByDraft = byItem(da, left);
        Set<T> previousInDraft = identitySet();
        for (R r : pd) {
            if (left.apply(r) != null && right.apply(r) != null) {
                previousInDraft.add(left.apply(r));
            }
        }
        Map<T, List<R>> paByAdopted = new IdentityHashMap<>();
        for (R r : pa) {
            T p = left.apply(r);
            if (p != null && right.apply(r) != null && !previousInDraft.contains(p)) {
                paByAdopted.computeIfAbsent(right.apply(r), k -> new ArrayList<>()).add(r);
            }
        }
        List<Joined<T, R>> rows = new ArrayList<>();
        Set<T> done = identitySet();
        Set<T> restored = identitySet();
        for (R r : da) {
            T d = left.apply(r);
            if (d != null) {
                if (done.add(d)) {
                    draftRows(d, pdByDraft.getOrDefault(d, List.of()), daByDraft.get(d), rows);
                }
                continue;
            }
            T a = right.apply(r);
            List<R> back = new ArrayList<>();
            for (R x : paByAdopted.getOrDefault(a, List.of())) {
                if (restored.add(left.apply(x))) {
                    back.add(x);
                }
            }
            if (back.isEmpty()) {
                rows.add(new Joined<>(null, null, a, null, r, null));
            }
            back.forEach(x -> rows.add(new Joined<>(left.apply(x), null, a, null, null, x)));
        }
        placeLeftOut(pd, restored, rows);
        return rows;
    }

    /**
     * The rows of one draft clause: one, or two where it is half of a split or merge on either side
     * (then the single partner is repeated beside each half, as the two-way view does).
     */
    private void draftRows(T d, List<R> pds, List<R> das, List<Joined<T, R>> rows) {
        int n = Math.max(1, Math.max(pds.size(), das.size()));
        for (int i = 0; i < n; i++) {
            R p = pds.isEmpty() ? null : pds.get(Math.min(i, pds.size() - 1));
            R q = das.get(Math.min(i, das.size() - 1));
            rows.add(new Joined<>(p == null ? null : left.apply(p), d, right.apply(q), p, q, null));
        }
    }

    /** Last year's items the draft left out and negotiation did not bring back, each where PD put it. */
    private void placeLeftOut(List<R> pd, Set<T> restored, List<Joined<T, R>> rows) {
        for (int k = 0; k < pd.size(); k++) {
            R r = pd.get(k);
            T p = left.apply(r);
            if (right.apply(r) != null || restored.contains(p)) {
                continue;
            }
            T anchor = null;
            for (int j = k + 1; j < pd.size() && anchor == null; j++) {
                anchor = right.apply(pd.get(j));
            }
            rows.add(indexOfDraft(rows, anchor), new Joined<>(p, null, null, r, null, null));
        }
    }

    private int indexOfDraft(List<Joined<T, R>> rows, T draft) {
        for (int i = 0; draft != null && i < rows.size(); i++) {
            if (rows.get(i).draft() == draft) {
                return i;
            }
        }
        return rows.size();
    }

    private Map<T, List<R>> byItem(List<R> rows, Function<R, T> side) {
        Map<T, List<R>> by = new IdentityHashMap<>();
        for (R r : rows) {
            T item = side.apply(r);
            if (item != null) {
                by.computeIfAbsent(item, k -> new ArrayList<>()).add(r);
            }
        }
        return by;
    }

    private static <T> Set<T> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
