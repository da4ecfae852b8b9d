package org.clausewise.cli;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clausewise.model.AnnexRow;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeSummary;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Heading;
import org.clausewise.model.HeadingRow;
import org.clausewise.model.Part;
import org.clausewise.model.SubparagraphRow;
import org.clausewise.present.GroupRow;
import org.clausewise.present.Presentation;
import org.clausewise.present.PresentedRow;
import org.clausewise.present.ViewOptions;

/**
 * The {@code compare --json} object of docs/cli-contract.md, for the rows the presentation shows.
 * Texts with sections or annexes add (and only then, so the output for texts without them stays
 * what it was): each row's {@code label} and {@code section}, the body's {@code headings} compared
 * as rows, and {@code annexes}, each with its title row, headings and clause rows.
 */
final class ComparisonJson {
    private ComparisonJson() {
    }

    static Map<String, Object> of(Presentation p) {
        Comparison c = p.comparison();
        boolean structured = p.structured();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("left", JsonParts.header(c.left()));
        m.put("right", JsonParts.header(c.right()));
        Map<ClauseRow, Boolean> shown = new IdentityHashMap<>();
        p.clauseRows().forEach(row -> shown.put(row.source(), true));
        for (Part part : List.of(Part.PREAMBLE, Part.OPERATIVE)) {
            List<Object> rows = new ArrayList<>();
            for (ClauseRow row : c.rows(part)) {
                if (shown.containsKey(row)) {
                    rows.add(row(p.rowOf(row).orElseThrow(), structured));
                }
            }
            m.put(part == Part.PREAMBLE ? "preamble" : "operative", rows);
        }
        if (structured) {
            Map<HeadingRow, GroupRow> headings = new IdentityHashMap<>();
            for (Presentation.Group g : p.shownGroups()) {
                if (g.heading().source() != null) {
                    headings.put(g.heading().source(), g.heading());
                }
            }
            m.put("headings", headingRows(c.headings(), headings));
            m.put("annexes", annexes(p, headings));
        }
        m.put("summary", summary(c.summary()));
        if (!p.options().equals(ViewOptions.ALL)) {
            m.put("view", JsonParts.view(p.options()));
        }
        return m;
    }

    private static Map<String, Object> summary(ChangeSummary s) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("unchanged", s.unchanged());
        summary.put("modified", s.modified());
        summary.put("added", s.added());
        summary.put("removed", s.removed());
        summary.put("moved", s.moved());
        summary.put("editorial", s.editorial());
        summary.put("substantive", s.substantive());
        summary.put("verbChanges", s.verbChanges());
        return summary;
    }

    private static Map<String, Object> row(PresentedRow shown, boolean structured) {
        ClauseRow row = shown.source();
        Map<String, Object> m = row(row);
        if (structured) {
            m.put("label", shown.label());
            m.put("section", row.right() != null ? row.right().section() : row.left().section());
            if (row.movedBetweenSections()) {
                m.put("fromSection", row.fromSection());
            }
        }
        return m;
    }

    /** One ROW of the contract: the keys every row has (compare3 gives each of its steps so). */
    static Map<String, Object> row(ClauseRow row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("left", row.leftNumber());
        m.put("right", row.rightNumber());
        m.put("status", row.kind().jsonName());
        m.put("class", className(row.changeClass()));
        m.put("similarity", row.diff().similarity());
        m.put("edits", JsonParts.edits(row.diff()));
        m.put("verbChanged", row.verbChanged());
        m.put("relation", row.relation().name().toLowerCase(Locale.ROOT));
        m.put("subparagraphs", subparagraphs(row.subparagraphs()));
        return m;
    }

    private static List<Object> subparagraphs(List<SubparagraphRow> rows) {
        List<Object> subs = new ArrayList<>(rows.size());
        for (SubparagraphRow sub : rows) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("left", sub.left() == null ? null : sub.left().label());
            sm.put("right", sub.right() == null ? null : sub.right().label());
            sm.put("status", sub.kind().jsonName());
            sm.put("class", className(sub.diff().changeClass()));
            sm.put("similarity", sub.diff().similarity());
            sm.put("edits", JsonParts.edits(sub.diff()));
            if (!sub.children().isEmpty()) {
                sm.put("subparagraphs", subparagraphs(sub.children()));
            }
            subs.add(sm);
        }
        return subs;
    }

    /** The heading rows shown, each {@code {"left": HEADING|null, "right": …, "status", "class", "similarity", "edits", "level"}}. */
    private static List<Object> headingRows(List<HeadingRow> rows, Map<HeadingRow, GroupRow> shown) {
        List<Object> out = new ArrayList<>();
        for (HeadingRow h : rows) {
            if (shown.containsKey(h)) {
                out.add(headingRow(h, shown.get(h)));
            }
        }
        return out;
    }

    private static Map<String, Object> headingRow(HeadingRow h, GroupRow shown) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("left", heading(h.left()));
        m.put("right", heading(h.right()));
        m.put("status", h.kind().jsonName());
        m.put("class", className(h.diff().changeClass()));
        m.put("similarity", h.diff().similarity());
        m.put("edits", JsonParts.edits(h.diff()));
        m.put("part", JsonParts.partName(h.part()));
        m.put("level", shown.level());
        return m;
    }

    private static Map<String, Object> heading(Heading h) {
        if (h == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", h.path());
        m.put("label", h.label());
        m.put("text", h.text());
        return m;
    }

    /** Each annex shown: its ids, its title row, its headings and rows shown, in the order they are shown. */
    private static List<Object> annexes(Presentation p, Map<HeadingRow, GroupRow> shownHeadings) {
        List<Object> out = new ArrayList<>();
        Map<ClauseRow, PresentedRow> shownRows = new IdentityHashMap<>();
        p.clauseRows().forEach(r -> shownRows.put(r.source(), r));
        for (AnnexRow a : p.comparison().annexes()) {
            GroupRow header = shownHeadings.get(a.header());
            if (header == null) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("left", a.left() == null ? null : a.left().id());
            m.put("right", a.right() == null ? null : a.right().id());
            m.put("label", header.name());
            Map<String, Object> title = headingRow(a.header(), header);
            title.remove("part");
            title.remove("level");
            m.put("title", title);
            m.put("headings", headingRows(a.headings(), shownHeadings));
            List<Object> rows = new ArrayList<>();
            for (ClauseRow row : a.rows()) {
                if (shownRows.containsKey(row)) {
                    rows.add(row(shownRows.get(row), true));
                }
            }
            m.put("rows", rows);
            out.add(m);
        }
        return out;
    }

    private static String className(ChangeClass c) {
        return c == null ? null : c.jsonName();
    }
}
