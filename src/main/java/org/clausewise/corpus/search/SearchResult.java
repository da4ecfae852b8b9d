package org.clausewise.corpus.search;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a search: counts, where the phrase was first agreed, and the hits grouped by
 * series (the series holding the first appearance first) with each series' wording over time.
 *
 * @param query        the phrase as searched
 * @param clauses      clauses holding the phrase, in the whole library
 * @param texts        texts holding it
 * @param firstAgreed  the earliest adopted text holding it (null when only drafts do)
 * @param firstSeen    the earliest text of any kind holding it (a draft may come before adoption)
 * @param series       the first {@code limit} series, in order of first appearance, in full
 * @param seriesTotal  all series holding it ({@code series} may hold fewer)
 * @param sessions     clauses and texts per session, oldest first
 */
public record SearchResult(PhraseQuery query, int clauses, int texts, ClauseHit firstAgreed, ClauseHit firstSeen,
                           List<SeriesHits> series, int seriesTotal, List<SessionCount> sessions) {
    public SearchResult {
        series = List.copyOf(series);
        sessions = List.copyOf(sessions);
    }

    public boolean isEmpty() {
        return clauses == 0;
    }

    public Optional<ClauseHit> firstAgreedHit() {
        return Optional.ofNullable(firstAgreed);
    }

    /** Series holding the phrase that are counted but not detailed. */
    public int moreSeries() {
        return seriesTotal - series.size();
    }
}
