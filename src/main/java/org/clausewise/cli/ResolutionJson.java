package org.clausewise.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.model.Amendment;
import org.clausewise.model.AmendmentInstruction;
import org.clausewise.model.Annex;
import org.clausewise.model.Clause;
import org.clausewise.model.DocumentInfo;
import org.clausewise.model.Footnote;
import org.clausewise.model.Resolution;

/**
 * A {@link Resolution} as the {@code parse --json} contract object (docs/cli-contract.md), keys in contract
 * order; the tree's fields (decision 0007) follow the first release's, so older readers keep working.
 */
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
            JsonParts.place(p, c);
            preamble.add(p);
        }
        m.put("preamble", preamble);
        List<Object> operative = new ArrayList<>();
        for (Clause c : r.operative()) {
            operative.add(JsonParts.clause(c));
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
        m.put("info", info(r.info()));
        m.put("headings", JsonParts.headings(r.headings()));
        m.put("annexes", annexes(r.annexes()));
        m.put("amendment", amendment(r.amendment()));
        return m;
    }

    private static Map<String, Object> info(DocumentInfo info) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("distribution", info.distribution());
        m.put("issued", info.issued() == null ? null : info.issued().toString());
        m.put("jobNumber", info.jobNumber());
        m.put("committee", info.committee());
        m.put("adoptedOn", info.adoptedOn());
        m.put("agendaItems", new ArrayList<Object>(info.agendaItems()));
        m.put("sponsors", new ArrayList<Object>(info.sponsors()));
        return m;
    }

    private static List<Object> annexes(List<Annex> annexes) {
        List<Object> out = new ArrayList<>(annexes.size());
        for (Annex a : annexes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("label", a.label());
            m.put("title", a.title());
            m.put("headings", JsonParts.headings(a.headings()));
            List<Object> clauses = new ArrayList<>(a.clauses().size());
            for (Clause c : a.clauses()) {
                clauses.add(JsonParts.clause(c));
            }
            m.put("clauses", clauses);
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> amendment(Amendment a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amends", a.draftSymbol());
        List<Object> list = new ArrayList<>(a.instructions().size());
        for (AmendmentInstruction i : a.instructions()) {
            Map<String, Object> im = new LinkedHashMap<>();
            im.put("action", i.action().jsonName());
            im.put("part", i.part() == null ? null : JsonParts.partName(i.part()));
            im.put("paragraph", i.paragraph());
            im.put("ordinal", i.ordinal());
            im.put("section", i.section());
            im.put("subparagraph", i.subparagraph());
            im.put("position", i.position() == null ? null : i.position().jsonName());
            im.put("words", i.words());
            im.put("newText", i.newText());
            im.put("printed", i.printed());
            list.add(im);
        }
        m.put("instructions", list);
        return m;
    }
}
