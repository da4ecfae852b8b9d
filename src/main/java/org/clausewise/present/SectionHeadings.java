package org.clausewise.present;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.compare.ThreeWayRow;
import org.clausewise.model.Annex;
import org.clausewise.model.Clause;
import org.clausewise.model.Heading;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;

/**
 * Where the negotiation view's rows stand in the text's tree: the annex a row belongs to (each
 * annex is a group of its own, titled as printed) and the section headings that open before a row
 * (the levels of its section path that the row before it did not share). Both come from the text
 * the row's clause last stands in: the adopted text, else the draft, else last year's.
 */
final class SectionHeadings {
    private final ThreeWayComparison comparison;

    SectionHeadings(ThreeWayComparison comparison) {
        this.comparison = comparison;
    }

    /** The rows shown, each under the headings that open before it; {@code rows} are in reading order. */
    List<ThreeWayPresentedRow> place(List<ThreeWayPresentedRow> rows) {
        List<ThreeWayPresentedRow> out = new ArrayList<>(rows.size());
        String before = null;
        for (ThreeWayPresentedRow row : rows) {
            Clause c = row.source().latest();
            out.add(row.under(opening(before, c, textOf(row.source()))));
            before = c.section();
        }
        return out;
    }

    /** Annex rows by annex, in the order they come: "Annex I: Declaration on …" → rows. */
    Map<String, List<ThreeWayRow>> byAnnex(List<ThreeWayRow> rows) {
        Map<String, List<ThreeWayRow>> groups = new LinkedHashMap<>();
        for (ThreeWayRow row : rows) {
            groups.computeIfAbsent(annexTitle(row), k -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private String annexTitle(ThreeWayRow row) {
        String id = row.latest().annex();
        for (Annex a : textOf(row).annexes()) {
            if (Objects.equals(a.id(), id)) {
                return a.title().isEmpty() ? a.label() : a.label() + ": " + a.title();
            }
        }
        return id == null || id.isEmpty() ? "Annex" : "Annex " + id;
    }

    private Resolution textOf(ThreeWayRow row) {
        return row.adopted() != null ? comparison.adopted() : row.draft() != null ? comparison.draft()
                : comparison.previous();
    }

    /** "IV" then "IV.A" when a row in IV.A follows one in III; nothing when it stays in its section. */
    private static List<String> opening(String before, Clause clause, Resolution text) {
        String path = clause.section();
        if (path == null || path.equals(before)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        String[] levels = path.split("\\.");
        String prefix = "";
        for (String level : levels) {
            prefix = prefix.isEmpty() ? level : prefix + "." + level;
            if (before != null && (before.equals(prefix) || before.startsWith(prefix + "."))) {
                continue; // the row before is already in this section
            }
            String line = display(text, clause, prefix);
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String display(Resolution text, Clause clause, String path) {
        boolean inAnnex = clause.part() == Part.ANNEX;
        for (Heading h : text.allHeadings()) {
            boolean sameAnnex = inAnnex ? Objects.equals(h.annex(), clause.annex()) : h.annex() == null;
            if (sameAnnex && path.equals(h.path()) && !h.display().isBlank()) {
                return h.display();
            }
        }
        return null;
    }
}
