package org.clausewise.corpus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * Searches the clauses of the library for a phrase and answers with the hits grouped by series
 * and session: every matching clause is counted and grouped from doc values alone, and only the
 * series shown (the first {@code limit}, in order of first appearance) are read in full, with
 * the wording's evolution in each. Thread-safe; a searcher sees the index as it was when made.
 */
public final class CorpusSearch {
    /** Earliest agreement first: adopted before drafts, then session, date, text, clause. */
    private static final Comparator<HitCollector.Hit> FIRST_AGREED = Comparator
            .comparingInt(HitCollector.Hit::kindRank)
            .thenComparingLong(HitCollector.Hit::session)
            .thenComparingLong(HitCollector.Hit::date)
            .thenComparing(HitCollector.Hit::textId)
            .thenComparingInt(HitCollector.Hit::order);
    /** Earliest of any kind: session, a draft before the text adopted from it, date, text, clause. */
    private static final Comparator<HitCollector.Hit> FIRST_SEEN = Comparator
            .comparingLong(HitCollector.Hit::session)
            .thenComparingInt(h -> h.kindRank() == 0 ? 1 : 0)
            .thenComparingLong(HitCollector.Hit::date)
            .thenComparing(HitCollector.Hit::textId)
            .thenComparingInt(HitCollector.Hit::order);

    private final IndexSearcher searcher;
    private final StoredHits stored;
    private final WordingEvolution evolution = new WordingEvolution();

    CorpusSearch(DirectoryReader reader) {
        this.searcher = new IndexSearcher(reader);
        this.stored = new StoredHits(searcher);
    }

    /** Searches {@code phrase}; see {@link PhraseQuery#of} for phrases that cannot be searched. */
    public SearchResult search(String phrase, SearchMode mode, int limit) throws IOException {
        return search(PhraseQuery.of(phrase, mode), limit);
    }

    public SearchResult search(PhraseQuery query, int limit) throws IOException {
        HitCollector collector = new HitCollector();
        searcher.search(query.toLucene(), collector);
        List<HitCollector.Hit> hits = collector.hits();
        if (hits.isEmpty()) {
            return new SearchResult(query, 0, 0, null, null, List.of(), 0, List.of());
        }
        Map<String, List<HitCollector.Hit>> bySeries = new LinkedHashMap<>();
        for (HitCollector.Hit h : hits) {
            bySeries.computeIfAbsent(h.seriesId(), k -> new ArrayList<>()).add(h);
        }
        List<List<HitCollector.Hit>> groups = new ArrayList<>(bySeries.values());
        for (List<HitCollector.Hit> g : groups) {
            g.sort(FIRST_AGREED);
        }
        groups.sort(Comparator.comparing((List<HitCollector.Hit> g) -> g.get(0), FIRST_AGREED));

        List<SeriesHits> shown = new ArrayList<>();
        Map<Integer, ClauseHit> loaded = new HashMap<>();
        for (List<HitCollector.Hit> g : groups.subList(0, Math.min(Math.max(limit, 1), groups.size()))) {
            shown.add(series(query, g, loaded));
        }
        HitCollector.Hit agreed = groups.get(0).get(0);
        HitCollector.Hit seen = hits.stream().min(FIRST_SEEN).orElseThrow();
        ClauseHit firstAgreed = agreed.kindRank() == 0 ? loaded.get(agreed.doc()) : null;
        ClauseHit firstSeen = loaded.containsKey(seen.doc()) ? loaded.get(seen.doc()) : stored.hit(query, seen.doc());
        Set<String> texts = new HashSet<>();
        for (HitCollector.Hit h : hits) {
            texts.add(h.textId());
        }
        return new SearchResult(query, hits.size(), texts.size(), firstAgreed, firstSeen, shown, groups.size(),
                sessions(hits));
    }

    /** One series in full: its texts in order, the clauses of each that hold the phrase, their changes. */
    private SeriesHits series(PhraseQuery query, List<HitCollector.Hit> hits, Map<Integer, ClauseHit> loaded)
            throws IOException {
        String seriesId = hits.get(0).seriesId();
        Map<String, List<ClauseHit>> byText = new HashMap<>();
        Map<String, Integer> docs = new HashMap<>();
        List<HitCollector.Hit> inOrder = new ArrayList<>(hits);
        inOrder.sort(Comparator.comparing(HitCollector.Hit::textId).thenComparingInt(HitCollector.Hit::order));
        for (HitCollector.Hit h : inOrder) {
            byText.computeIfAbsent(h.textId(), k -> new ArrayList<>()).add(stored.hit(query, h.doc()));
            docs.put(h.textId() + '\u0000' + h.order(), h.doc());
        }
        StoredHits.SeriesTexts series = stored.seriesTexts(seriesId);
        List<TextStep> timeline = evolution.follow(series.texts(), byText);
        // the steps hold the hits with their wording changes: those are the ones to report
        for (TextStep step : timeline) {
            for (ClauseHit h : step.clauses()) {
                loaded.put(docs.get(h.text().id() + '\u0000' + h.order()), h);
            }
        }
        return new SeriesHits(seriesId, series.title(), hits.size(), byText.size(), timeline);
    }

    private static List<SessionCount> sessions(List<HitCollector.Hit> hits) {
        Map<Long, int[]> counts = new TreeMap<>();
        Map<Long, Set<String>> texts = new HashMap<>();
        for (HitCollector.Hit h : hits) {
            counts.computeIfAbsent(h.session(), k -> new int[1])[0]++;
            texts.computeIfAbsent(h.session(), k -> new HashSet<>()).add(h.textId());
        }
        List<SessionCount> out = new ArrayList<>();
        for (Map.Entry<Long, int[]> e : counts.entrySet()) {
            Integer session = e.getKey() == ClauseDocuments.NO_SESSION ? null : e.getKey().intValue();
            out.add(new SessionCount(session, e.getValue()[0], texts.get(e.getKey()).size()));
        }
        return out;
    }
}
