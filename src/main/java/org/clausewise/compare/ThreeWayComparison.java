package org.clausewise.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;

/**
 * Last session's resolution, this session's draft and the adopted text, clause by clause: one row
 * per clause across the three, per part, in the adopted text's order, each with its story.
 */
public record ThreeWayComparison(Resolution previous, Resolution draft, Resolution adopted,
                                 List<ThreeWayRow> preamble, List<ThreeWayRow> operative) {
    public ThreeWayComparison {
        preamble = List.copyOf(preamble);
        operative = List.copyOf(operative);
    }

    public List<ThreeWayRow> rows(Part part) {
        return part == Part.PREAMBLE ? preamble : operative;
    }

    /** Preamble rows, then operative rows. */
    public List<ThreeWayRow> allRows() {
        List<ThreeWayRow> all = new ArrayList<>(preamble.size() + operative.size());
        all.addAll(preamble);
        all.addAll(operative);
        return all;
    }

    /** How many rows tell each story, every story present (zero when none does), in the enum's order. */
    public Map<Story, Integer> counts() {
        Map<Story, Integer> counts = new EnumMap<>(Story.class);
        for (Story s : Story.values()) {
            counts.put(s, 0);
        }
        allRows().forEach(r -> counts.merge(r.story(), 1, Integer::sum));
        return counts;
    }

    /** Clauses whose operative verb negotiation changed (Welcomes → Recalls). */
    public int verbChangesInNegotiation() {
        return (int) allRows().stream()
                .filter(r -> r.inNegotiation() != null && r.draft() != null && r.adopted() != null
                        && r.inNegotiation().verbChanged())
                .count();
    }
}
