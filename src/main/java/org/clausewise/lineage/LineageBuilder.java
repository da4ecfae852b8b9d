package org.clausewise.lineage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;

/**
 * Chains the alignments of consecutive texts into clause histories. The comparison of text i
 * with text i+1 says which clause of i+1 continues which clause of i; following those links from
 * the first text to the last gives each clause's versions. Where a clause was split, its first
 * part continues the history and the second part starts a history of its own (its first version
 * still shows where it came from); where two clauses were merged, the first one's history goes on
 * and the other's ends there.
 */
public final class LineageBuilder {
    private final TextComparer comparer;

    public LineageBuilder() {
        this(TextComparer.engine());
    }

    public LineageBuilder(TextComparer comparer) {
        this.comparer = comparer;
    }

    /** Histories of every clause of a series whose texts are given in timeline order. */
    public SeriesLineage build(List<Resolution> timeline) {
        // Consecutive pairs are independent: compare them in parallel, then chain in order.
        List<Comparison> steps = IntStream.range(0, Math.max(0, timeline.size() - 1)).parallel()
                .mapToObj(i -> comparer.compare(timeline.get(i), timeline.get(i + 1)))
                .toList();
        return new SeriesLineage(timeline, steps, chain(Part.PREAMBLE, timeline, steps),
                chain(Part.OPERATIVE, timeline, steps), chain(Part.ANNEX, timeline, steps));
    }

    private static List<ClauseHistory> chain(Part part, List<Resolution> timeline, List<Comparison> steps) {
        if (timeline.isEmpty()) {
            return List.of();
        }
        List<List<ClauseVersion>> histories = new ArrayList<>();
        Map<Clause, List<ClauseVersion>> open = new LinkedHashMap<>();
        for (Clause c : timeline.get(0).clauses(part)) {
            open.putIfAbsent(c, start(histories, new ClauseVersion(0, timeline.get(0), c, null)));
        }
        for (int i = 0; i < steps.size(); i++) {
            int position = i + 1;
            Resolution text = timeline.get(position);
            Map<Clause, List<ClauseVersion>> next = new LinkedHashMap<>();
            for (ClauseRow row : steps.get(i).rows(part)) {
                if (row.right() == null || next.containsKey(row.right())) {
                    continue; // removed here, or the second row of a merge: that history ends
                }
                ClauseVersion version = new ClauseVersion(position, text, row.right(), row);
                List<ClauseVersion> history = row.left() == null ? null : open.remove(row.left());
                if (history == null) {
                    history = start(histories, version); // added, or the second part of a split
                } else {
                    history.add(version);
                }
                next.put(row.right(), history);
            }
            // A clause the comparison left out of every row still gets a history, never lost.
            for (Clause c : text.clauses(part)) {
                if (!next.containsKey(c)) {
                    next.put(c, start(histories, new ClauseVersion(position, text, c, null)));
                }
            }
            open = next;
        }
        List<ClauseHistory> result = new ArrayList<>(histories.size());
        for (List<ClauseVersion> versions : histories) {
            result.add(new ClauseHistory(part, timeline, versions));
        }
        return ReadingOrder.sort(result, timeline, part);
    }

    private static List<ClauseVersion> start(List<List<ClauseVersion>> histories, ClauseVersion first) {
        List<ClauseVersion> history = new ArrayList<>();
        history.add(first);
        histories.add(history);
        return history;
    }
}
