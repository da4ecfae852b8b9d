package org.clausewise.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseForm;
import org.clausewise.model.Heading;
import org.clausewise.model.Part;
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

    /**
     * A clause's lettered sub-paragraphs: {@code [{"label": "a", "text": "..."}]}; a sub-paragraph
     * with nested ones ((a) → (i) → (A)) carries them as {@code "subparagraphs"} too.
     */
    static List<Object> subparagraphs(Clause c) {
        return subparagraphs(c.subparagraphs());
    }

    private static List<Object> subparagraphs(List<SubParagraph> list) {
        List<Object> subs = new ArrayList<>(list.size());
        for (SubParagraph s : list) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("label", s.label());
            sm.put("text", s.text());
            if (!s.subparagraphs().isEmpty()) {
                sm.put("subparagraphs", subparagraphs(s.subparagraphs()));
            }
            subs.add(sm);
        }
        return subs;
    }

    /** An operative or annex clause: {@code {"number", "text", "subparagraphs", "label", "section", "numbered"}}. */
    static Map<String, Object> clause(Clause c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", c.number());
        m.put("text", c.text());
        m.put("subparagraphs", subparagraphs(c));
        place(m, c);
        return m;
    }

    /** Where a clause stands: its label ("OP IV.3"), section path, whether numbered, and "form" when not a paragraph. */
    static void place(Map<String, Object> m, Clause c) {
        m.put("label", c.label());
        m.put("section", c.section());
        m.put("numbered", c.numbered());
        if (c.form() != ClauseForm.PARAGRAPH) {
            m.put("form", c.form().name().toLowerCase(Locale.ROOT));
        }
    }

    /** Section headings: {@code [{"part", "path", "label", "text", "level"}]}. */
    static List<Object> headings(List<Heading> headings) {
        List<Object> out = new ArrayList<>(headings.size());
        for (Heading h : headings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("part", partName(h.part()));
            m.put("path", h.path());
            m.put("label", h.label());
            m.put("text", h.text());
            m.put("level", h.level());
            out.add(m);
        }
        return out;
    }

    /** "preamble", "operative", "annex": the part names the JSON uses. */
    static String partName(Part part) {
        switch (part) {
            case PREAMBLE: return "preamble";
            case OPERATIVE: return "operative";
            default: return "annex";
        }
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

    /** {@code {"onlyChanges": b, "showEditorial": b}}: the toggles given on the command line. */
    static Map<String, Object> view(org.clausewise.present.ViewOptions options) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("onlyChanges", options.onlyChanges());
        view.put("showEditorial", options.showEditorial());
        return view;
    }
}
