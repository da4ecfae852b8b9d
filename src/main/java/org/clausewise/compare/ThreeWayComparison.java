package org.clausewise.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;

/**
 * Last session's resolution, this session's draft and the adopted text, clause by clause: one row
 * per clause across the three, per part, in the adopted text's order, each with its story. The
 * body's preambular and operative paragraphs are each aligned as one sequence across their sections
 * (so a clause that changed section is still found); the annexes' clauses likewise, all annexes as
 * one sequence, each row keeping the annex and section of its clauses.
 */
public record ThreeWayComparison(Resolution previous, Resolution draft, Resolution adopted,
                                 List<ThreeWayRow> preamble, List<ThreeWayRow> operative, List<ThreeWayRow> annexes) {
    public ThreeWayComparison {
        preamble = List.copyOf(preamble);
        operative = List.copyOf(operative);
        annexes = List.copyOf(annexes);
    }

    public List<ThreeWayRow> rows(Part part) {
        switch (part) {
            case PREAMBLE: return preamble;
            case OPERATIVE: return operative;
            default: return annexes;
        }
    }

    /** Preamble rows, then operative rows, then annex rows. */
    public List<ThreeWayRow> allRows() {
        List<ThreeWayRow> all = new ArrayList<>(preamble.size() + operative.size() + annexes.size());
        all.addAll(preamble);
        all.addAll(operative);
        all.addAll(annexes);
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
