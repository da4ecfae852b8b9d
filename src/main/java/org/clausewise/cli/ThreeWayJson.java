package org.clausewise.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.compare.Story;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.compare.ThreeWayRow;
import org.clausewise.compare.ThreeWaySubRow;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Part;
import org.clausewise.model.SubParagraph;
import org.clausewise.present.Badge;
import org.clausewise.present.StoryWords;
import org.clausewise.present.ThreeWayPresentation;
import org.clausewise.present.ThreeWayPresentedRow;
import org.clausewise.present.ViewOptions;

/**
 * The JSON of {@code compare3} (docs/cli-contract.md): the three texts' headers, one ROW per clause
 * shown per part with its numbers in each text, its story and notes, and each step as the two-way
 * {@code compare} ROW, so a tool that reads one reads the other.
 */
final class ThreeWayJson {
    private ThreeWayJson() {
    }

    static Map<String, Object> of(ThreeWayPresentation p) {
        ThreeWayComparison c = p.comparison();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("previous", JsonParts.header(c.previous()));
        m.put("draft", JsonParts.header(c.draft()));
        m.put("adopted", JsonParts.header(c.adopted()));
        for (Part part : Part.values()) {
            List<Object> rows = new ArrayList<>();
            p.groups().stream().filter(g -> g.part() == part).forEach(g -> g.rows().forEach(r -> rows.add(row(r))));
            if (part != Part.ANNEX || !rows.isEmpty()) {
                m.put(part == Part.PREAMBLE ? "preamble" : part == Part.OPERATIVE ? "operative" : "annexes", rows);
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Story s : StoryWords.ORDER) {
            summary.put(s.jsonName(), p.counts().get(s));
        }
        summary.put("verbChangesInNegotiation", c.verbChangesInNegotiation());
        m.put("summary", summary);
        if (!p.options().equals(ViewOptions.ALL)) {
            m.put("view", JsonParts.view(p.options()));
        }
        return m;
    }

    private static Map<String, Object> row(ThreeWayPresentedRow shown) {
        ThreeWayRow row = shown.source();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("previous", number(row.previous()));
        m.put("draft", number(row.draft()));
        m.put("adopted", number(row.adopted()));
        m.put("story", row.story().jsonName());
        if (row.latest().annex() != null) {
            m.put("annex", row.latest().annex());
        }
        if (row.latest().section() != null) {
            m.put("section", row.latest().section());
        }
        m.put("notes", shown.notes().stream().map(Badge::text).toList());
        m.put("fromLastYear", step(row.fromLastYear()));
        m.put("inNegotiation", step(row.inNegotiation()));
        m.put("lastYearToAdopted", row.draft() == null ? step(row.previousToAdopted()) : null);
        List<Object> subs = new ArrayList<>();
        for (ThreeWaySubRow sub : row.subparagraphs()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("previous", label(sub.previous()));
            sm.put("draft", label(sub.draft()));
            sm.put("adopted", label(sub.adopted()));
            subs.add(sm);
        }
        m.put("subparagraphs", subs);
        return m;
    }

    private static Map<String, Object> step(ClauseRow row) {
        return row == null ? null : ComparisonJson.row(row);
    }

    private static Integer number(Clause c) {
        return c == null ? null : c.number();
    }

    private static String label(SubParagraph s) {
        return s == null ? null : s.label();
    }
}
