package org.clausewise.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.model.Clause;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;

/**
 * Orders clause histories the way a reader expects the rows of the series overview: the clauses
 * of the newest text in their order, and each clause dropped earlier just after the clause it
 * followed in the last text that had it.
 */
final class ReadingOrder {
    private ReadingOrder() {
    }

    static List<ClauseHistory> sort(List<ClauseHistory> histories, List<Resolution> timeline, Part part) {
        // For each text, which history each of its clauses belongs to.
        List<Map<Clause, ClauseHistory>> byText = new ArrayList<>();
        for (int i = 0; i < timeline.size(); i++) {
            byText.add(new HashMap<>());
        }
        for (ClauseHistory h : histories) {
            for (ClauseVersion v : h.versions()) {
                byText.get(v.position()).put(v.clause(), h);
            }
        }
        List<ClauseHistory> ordered = new ArrayList<>(histories.size());
        Map<ClauseHistory, Boolean> placed = new IdentityHashMap<>();
        for (int position = timeline.size() - 1; position >= 0; position--) {
            int insertAt = 0;
            for (Clause c : timeline.get(position).clauses(part)) {
                ClauseHistory h = byText.get(position).get(c);
                if (h == null) {
                    continue;
                }
                if (placed.containsKey(h)) {
                    insertAt = indexOf(ordered, h) + 1;
                } else {
                    ordered.add(insertAt, h);
                    placed.put(h, Boolean.TRUE);
                    insertAt++;
                }
            }
        }
        return ordered;
    }

    private static int indexOf(List<ClauseHistory> list, ClauseHistory h) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == h) {
                return i;
            }
        }
        return -1;
    }
}
