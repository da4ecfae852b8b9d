package org.clausewise.corpus.search;

import java.util.List;
import java.util.Optional;

/**
 * The hits of one series: how many clauses and texts hold the phrase, and the series' texts in
 * order, each with the clauses holding it (the wording's evolution). A series with more hits than
 * a search reads in full ends early: {@code moreTexts} texts holding the phrase come after the
 * last step shown.
 */
public record SeriesHits(String seriesId, String title, int clauseCount, int textCount, List<TextStep> timeline,
                         int moreTexts) {
    public SeriesHits {
        timeline = List.copyOf(timeline);
    }

    /** The first hit of the series: the earliest text holding the phrase, adopted before draft. */
    public Optional<ClauseHit> firstAppearance() {
        ClauseHit best = null;
        for (TextStep s : timeline) {
            for (ClauseHit h : s.clauses()) {
                if (best == null || FirstAppearance.ORDER.compare(h.text(), best.text()) < 0) {
                    best = h;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The steps that hold the phrase. */
    public List<TextStep> holding() {
        return timeline.stream().filter(TextStep::holdsPhrase).toList();
    }
}
