package org.clausewise.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.lineage.ClauseHistory;
import org.clausewise.lineage.ClauseVersion;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Resolution;

/**
 * A clause history as plain maps and lists, ready for the command line's JSON writer:
 * {@code {"clause", "part", "series", "first_appearance", "dropped_in", "changed_in", "versions"}},
 * with one entry in {@code versions} per text of the series ({@code "present": false} where the
 * clause is absent).
 */
final class HistoryJson {
    private HistoryJson() {
    }

    /** The history as read from {@code asked}, the version the user named. */
    static Map<String, Object> of(ClauseHistory history, ClauseVersion asked, String seriesTitle) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clause", asked.clause().label() + " of " + asked.text().displayName());
        m.put("latest", history.label());
        m.put("part", history.part().name().toLowerCase(java.util.Locale.ROOT));
        m.put("series", seriesTitle);
        ClauseVersion first = history.firstAppearance();
        Map<String, Object> firstMap = text(first.text());
        firstMap.put("number", first.clause().number());
        firstMap.put("label", first.clause().label());
        firstMap.put("present_from_start", history.presentFromStart());
        m.put("first_appearance", firstMap);
        m.put("dropped_in", history.droppedIn().map(HistoryJson::text).orElse(null));
        List<Object> changed = new ArrayList<>();
        for (ClauseVersion v : history.wordingChanges()) {
            Map<String, Object> c = text(v.text());
            c.put("number", v.clause().number());
            c.put("class", v.wordingChange().jsonName());
            changed.add(c);
        }
        m.put("changed_in", changed);
        List<Object> versions = new ArrayList<>();
        for (int position = 0; position < history.timeline().size(); position++) {
            Map<String, Object> entry = text(history.timeline().get(position));
            history.at(position).ifPresentOrElse(v -> version(entry, v), () -> entry.put("present", false));
            versions.add(entry);
        }
        m.put("versions", versions);
        return m;
    }

    private static void version(Map<String, Object> m, ClauseVersion v) {
        Clause c = v.clause();
        m.put("present", true);
        m.put("number", c.number());
        m.put("label", c.label());
        m.put("section", c.section());
        m.put("text", c.text());
        m.put("subparagraphs", JsonParts.subparagraphs(c));
        ClauseRow row = v.fromPrevious();
        m.put("status", row == null ? null : row.kind().jsonName());
        ChangeClass cls = v.wordingChange();
        m.put("class", cls == null ? null : cls.jsonName());
        m.put("previous_number", v.isNew() ? null : v.previous().number());
        m.put("previous_label", v.isNew() ? null : v.previous().label());
        m.put("edits", v.wordingChanged() ? JsonParts.edits(v.diffFromPrevious()) : List.of());
    }

    private static Map<String, Object> text(Resolution r) {
        Map<String, Object> m = JsonParts.header(r);
        m.put("file", r.source());
        return m;
    }
}
