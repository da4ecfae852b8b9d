package org.clausewise.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.corpus.search.ClauseHit;
import org.clausewise.corpus.search.Highlight;
import org.clausewise.corpus.search.SearchResult;
import org.clausewise.corpus.search.SeriesHits;
import org.clausewise.corpus.search.SessionCount;
import org.clausewise.corpus.search.TextInfo;
import org.clausewise.corpus.search.TextStep;

/** A search result as plain maps and lists for the JSON writer; the shape is in docs/cli-contract.md. */
final class SearchJson {
    private SearchJson() {
    }

    static Map<String, Object> of(SearchResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phrase", r.query().phrase());
        m.put("mode", r.query().mode().cliName());
        m.put("clauses", r.clauses());
        m.put("texts", r.texts());
        m.put("series_count", r.seriesTotal());
        m.put("first_agreed", r.firstAgreed() == null ? null : hit(r.firstAgreed()));
        m.put("first_seen", r.firstSeen() == null ? null : hit(r.firstSeen()));
        List<Object> series = new ArrayList<>();
        for (SeriesHits s : r.series()) {
            series.add(series(s));
        }
        m.put("series", series);
        m.put("more_series", r.moreSeries());
        List<Object> sessions = new ArrayList<>();
        for (SessionCount c : r.sessions()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("session", c.session());
            sm.put("clauses", c.clauses());
            sm.put("texts", c.texts());
            sessions.add(sm);
        }
        m.put("sessions", sessions);
        return m;
    }

    private static Map<String, Object> series(SeriesHits s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("series", s.title());
        m.put("clauses", s.clauseCount());
        m.put("texts", s.textCount());
        m.put("first_appearance", s.firstAppearance().map(SearchJson::hit).orElse(null));
        List<Object> timeline = new ArrayList<>();
        for (TextStep step : s.timeline()) {
            Map<String, Object> t = text(step.text());
            t.put("present", step.holdsPhrase());
            List<Object> clauses = new ArrayList<>();
            for (ClauseHit h : step.clauses()) {
                clauses.add(clause(h));
            }
            t.put("clauses", clauses);
            timeline.add(t);
        }
        m.put("timeline", timeline);
        m.put("more_texts", s.moreTexts());
        return m;
    }

    /** A hit with its text: where "first agreed" and "first seen" point. */
    private static Map<String, Object> hit(ClauseHit h) {
        Map<String, Object> m = text(h.text());
        m.putAll(clause(h));
        return m;
    }

    private static Map<String, Object> text(TextInfo t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", t.symbol());
        m.put("session", t.session());
        m.put("kind", t.kind());
        m.put("date", t.date() == null ? null : t.date().toString());
        m.put("file", t.file());
        return m;
    }

    private static Map<String, Object> clause(ClauseHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clause", h.label());
        m.put("subparagraph", h.passageLabel().isEmpty() || h.passageLabel().equals(ClauseHit.WHOLE_CLAUSE)
                ? null : h.passageLabel());
        m.put("whole_clause", h.passageLabel().equals(ClauseHit.WHOLE_CLAUSE));
        m.put("text", h.passage());
        List<Object> highlights = new ArrayList<>();
        for (Highlight hl : h.highlights()) {
            highlights.add(List.of(hl.start(), hl.end()));
        }
        m.put("highlights", highlights);
        ClauseHit.WordingChange c = h.change();
        m.put("change", c == null ? "first" : c.isNew() ? "new" : c.unchanged() ? "unchanged"
                : c.diff().changeClass().jsonName());
        m.put("previous", c == null ? null : c.previous());
        m.put("edits", c == null || c.isNew() || c.unchanged() ? List.of() : JsonParts.edits(c.diff()));
        return m;
    }
}
