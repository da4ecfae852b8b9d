package org.clausewise.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;
import org.clausewise.model.TextDiff;
import org.clausewise.model.WordEdit;

/** The pieces the JSON outputs of parse, compare and history share, so they name things alike. */
final class JsonParts {
    private JsonParts() {
    }

    /** {@code {"symbol", "session", "kind", "date"}}: which text a comparison side or a version is. */
    static Map<String, Object> header(Resolution r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", r.symbol());
        m.put("session", r.session());
        m.put("kind", r.kind() == null ? null : r.kind().jsonName());
        m.put("date", r.date() == null ? null : r.date().toString());
        return m;
    }

    /** A clause's lettered sub-paragraphs: {@code [{"label": "a", "text": "..."}]}. */
    static List<Object> subparagraphs(Clause c) {
        List<Object> subs = new ArrayList<>(c.subparagraphs().size());
        for (SubParagraph s : c.subparagraphs()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("label", s.label());
            sm.put("text", s.text());
            subs.add(sm);
        }
        return subs;
    }

    /** Word edits: {@code [{"op": "equal"|"insert"|"delete", "text": "...", "editorial": true?}]}. */
    static List<Object> edits(TextDiff diff) {
        List<Object> out = new ArrayList<>(diff.edits().size());
        for (WordEdit e : diff.edits()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("op", e.op().jsonName());
            m.put("text", e.text());
            if (e.editorial()) {
                m.put("editorial", true);
            }
            out.add(m);
        }
        return out;
    }
}
