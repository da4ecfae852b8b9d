package org.clausewise.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.model.Clause;
import org.clausewise.model.Footnote;
import org.clausewise.model.Resolution;

/** A {@link Resolution} as the {@code parse --json} contract object (DESIGN.md), keys in contract order. */
final class ResolutionJson {
    private ResolutionJson() {
    }

    static Map<String, Object> of(Resolution r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", r.symbol());
        m.put("session", r.session());
        m.put("kind", r.kind().jsonName());
        m.put("title", r.title());
        m.put("date", r.date() == null ? null : r.date().toString());
        List<Object> preamble = new ArrayList<>();
        for (Clause c : r.preamble()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("index", c.number());
            p.put("text", c.text());
            preamble.add(p);
        }
        m.put("preamble", preamble);
        List<Object> operative = new ArrayList<>();
        for (Clause c : r.operative()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("number", c.number());
            o.put("text", c.text());
            o.put("subparagraphs", JsonParts.subparagraphs(c));
            operative.add(o);
        }
        m.put("operative", operative);
        List<Object> notes = new ArrayList<>();
        for (Footnote f : r.footnotes()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("mark", f.mark());
            fm.put("text", f.text());
            notes.add(fm);
        }
        m.put("footnotes", notes);
        m.put("warnings", new ArrayList<Object>(r.warnings()));
        return m;
    }
}
