package org.clausewise.corpus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** Hits read in full per search at most (beyond the first series): what keeps a search of "the" fast. */
    static final int HIT_BUDGET = 200;

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
        return search(query, limit, HIT_BUDGET);
    }

    /**
     * As {@link #search(PhraseQuery, int)}; series are read in full, in order, while fewer than
     * {@code limit} are and their hits stay within {@code budget} (the first always is).
     */
    SearchResult search(PhraseQuery query, int limit, int budget) throws IOException {
        HitCollector hits = new HitCollector();
        searcher.search(query.toLucene(), hits);
        if (hits.size == 0) {
            return new SearchResult(query, 0, 0, null, null, List.of(), 0, List.of());
        }
        // per series: its hit count and its first agreement; per text: whether it holds the phrase
        int seriesCount = hits.seriesIds.size();
        int[] perSeries = new int[seriesCount];
        int[] bestOfSeries = new int[seriesCount];
        java.util.Arrays.fill(bestOfSeries, -1);
        BitSet texts = new BitSet();
        int seen = 0;
        for (int i = 0; i < hits.size; i++) {
            int s = hits.series[i];
            perSeries[s]++;
            if (bestOfSeries[s] < 0 || hits.compareFirstAgreed(i, bestOfSeries[s]) < 0) {
                bestOfSeries[s] = i;
            }
            texts.set(hits.text[i]);
            if (hits.compareFirstSeen(i, seen) < 0) {
                seen = i;
            }
        }
        List<Integer> seriesOrder = new ArrayList<>(seriesCount);
        for (int s = 0; s < seriesCount; s++) {
            seriesOrder.add(s);
        }
        seriesOrder.sort((a, b) -> hits.compareFirstAgreed(bestOfSeries[a], bestOfSeries[b]));

        Map<Integer, ClauseHit> loaded = new HashMap<>();
        List<SeriesHits> shown = new ArrayList<>();
        int used = 0;
        for (int s : seriesOrder) {
            if (!shown.isEmpty() && (shown.size() >= limit || used + perSeries[s] > budget)) {
                break;
            }
            // the first series is always shown, cut short (by text) when it alone has more hits than the budget
            SeriesHits detail = series(query, hits, s, Math.max(budget - used, 1), loaded);
            shown.add(detail);
            used += perSeries[s];
        }
        int agreed = bestOfSeries[seriesOrder.get(0)];
        ClauseHit firstAgreed = hits.kind[agreed] != 0 ? null
                : loaded.containsKey(hits.doc[agreed]) ? loaded.get(hits.doc[agreed]) : stored.hit(query, hits.doc[agreed]);
        ClauseHit firstSeen = loaded.containsKey(hits.doc[seen]) ? loaded.get(hits.doc[seen])
                : stored.hit(query, hits.doc[seen]);
        return new SearchResult(query, hits.size, texts.cardinality(), firstAgreed, firstSeen, shown, seriesCount,
                sessions(hits, texts));
    }

    /**
     * Every clause holding the phrase, as "text id#clause order" (0 = the text's first clause), in
     * no particular order: what the agreement test compares with a plain scan, without reading any
     * clause in full.
     */
    java.util.Set<String> matchingClauses(PhraseQuery query) throws IOException {
        HitCollector hits = new HitCollector();
        searcher.search(query.toLucene(), hits);
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < hits.size; i++) {
            keys.add(hits.textIds.get(hits.text[i]) + "#" + hits.order[i]);
        }
        return keys;
    }

    /**
     * One series in full: its texts in order, the clauses of each that hold the phrase, their
     * changes. Texts are read in timeline order while their hits fit in {@code cap} (the first
     * text holding the phrase always is); the series then ends there and counts the texts left.
     */
    private SeriesHits series(PhraseQuery query, HitCollector hits, int series, int cap,
                              Map<Integer, ClauseHit> loaded) throws IOException {
        Map<String, List<Integer>> hitsOfText = new HashMap<>();
        int count = 0;
        for (int i = 0; i < hits.size; i++) {
            if (hits.series[i] == series) {
                hitsOfText.computeIfAbsent(hits.textIds.get(hits.text[i]), k -> new ArrayList<>()).add(i);
                count++;
            }
        }
        StoredHits.SeriesTexts texts = stored.seriesTexts(hits.seriesIds.get(series));
        List<TextInfo> timeline = new ArrayList<>();
        Map<String, List<ClauseHit>> byText = new HashMap<>();
        Map<String, Integer> docs = new HashMap<>();
        int read = 0;
        for (TextInfo t : withTextsTheManifestLacks(texts.texts(), hitsOfText, hits)) {
            List<Integer> mine = hitsOfText.getOrDefault(t.id(), List.of());
            if (!mine.isEmpty() && !byText.isEmpty() && read + mine.size() > cap) {
                break;
            }
            timeline.add(t);
            if (!mine.isEmpty()) {
                mine.sort(java.util.Comparator.comparingInt(i -> hits.order[i]));
            }
            for (int i : mine) {
                byText.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(stored.hit(query, hits.doc[i]));
                docs.put(t.id() + '\u0000' + hits.order[i], hits.doc[i]);
            }
            read += mine.size();
        }
        List<TextStep> steps = evolution.follow(timeline, byText);
        // the steps hold the hits with their wording changes: those are the ones to report
        for (TextStep step : steps) {
            for (ClauseHit h : step.clauses()) {
                loaded.put(docs.get(h.text().id() + '\u0000' + h.order()), h);
            }
        }
        return new SeriesHits(hits.seriesIds.get(series), texts.title(), count, hitsOfText.size(), steps,
                hitsOfText.size() - byText.size());
    }

    /** The series' texts in order, and at the end any text holding hits that has no manifest (never expected). */
    private static List<TextInfo> withTextsTheManifestLacks(List<TextInfo> timeline, Map<String, List<Integer>> hitsOfText,
                                                            HitCollector hits) {
        List<TextInfo> all = new ArrayList<>(timeline);
        java.util.Set<String> known = new java.util.HashSet<>();
        timeline.forEach(t -> known.add(t.id()));
        for (Map.Entry<String, List<Integer>> e : hitsOfText.entrySet()) {
            if (!known.contains(e.getKey())) {
                int i = e.getValue().get(0);
                all.add(new TextInfo(e.getKey(), null, hits.session[i] == ClauseDocuments.NO_SESSION ? null
                        : (int) hits.session[i], null, null, null));
            }
        }
        return all;
    }

    /** Clauses and texts per session; each text has one session, so texts are counted from the set of them. */
    private static List<SessionCount> sessions(HitCollector hits, BitSet texts) {
        Map<Long, int[]> counts = new TreeMap<>();
        long[] sessionOfText = new long[hits.textIds.size()];
        for (int i = 0; i < hits.size; i++) {
            counts.computeIfAbsent(hits.session[i], k -> new int[2])[0]++;
            sessionOfText[hits.text[i]] = hits.session[i];
        }
        for (int t = texts.nextSetBit(0); t >= 0; t = texts.nextSetBit(t + 1)) {
            counts.get(sessionOfText[t])[1]++;
        }
        List<SessionCount> out = new ArrayList<>(counts.size());
        for (Map.Entry<Long, int[]> e : counts.entrySet()) {
            Integer session = e.getKey() == ClauseDocuments.NO_SESSION ? null : e.getKey().intValue();
            out.add(new SessionCount(session, e.getValue()[0], e.getValue()[1]));
        }
        return out;
    }
}
