package org.clausewise.corpus.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clausewise.compare.WordDiffer;
import org.clausewise.model.TextDiff;

/**
 * How the wording holding a phrase moved through a series: each text's hits are compared, with
 * the compare engine's word diff (editorial noise kept apart from substantive change), to the
 * most similar hit of the previous text that holds the phrase. Comparing the passages found is
 * enough here, and far cheaper than aligning whole texts as the clause history does.
 */
final class WordingEvolution {
    /** Beyond this many pairs between two texts, hits are paired in reading order instead. */
    private static final int MAX_PAIRS = 16;

    private final WordDiffer differ = new WordDiffer();

    List<TextStep> follow(List<TextInfo> timeline, Map<String, List<ClauseHit>> hitsByText) {
        List<TextStep> steps = new ArrayList<>();
        List<ClauseHit> previous = List.of();
        Set<String> seen = new HashSet<>();
        List<TextInfo> texts = new ArrayList<>(timeline);
        for (String id : hitsByText.keySet()) {
            if (timeline.stream().noneMatch(t -> t.id().equals(id))) {
                texts.add(hitsByText.get(id).get(0).text()); // a text the manifest lacks still shows
            }
        }
        for (TextInfo text : texts) {
            if (!seen.add(text.id())) {
                continue;
            }
            List<ClauseHit> hits = hitsByText.getOrDefault(text.id(), List.of());
            List<ClauseHit> withChanges = new ArrayList<>(hits.size());
            for (int i = 0; i < hits.size(); i++) {
                withChanges.add(previous.isEmpty() ? hits.get(i) : compared(hits.get(i), i, previous, hits.size()));
            }
            steps.add(new TextStep(text, withChanges));
            if (!hits.isEmpty()) {
                previous = withChanges;
            }
        }
        return steps;
    }

    private ClauseHit compared(ClauseHit hit, int index, List<ClauseHit> previous, int hitsHere) {
        ClauseHit best = null;
        TextDiff bestDiff = null;
        if (previous.size() * hitsHere > MAX_PAIRS) {
            best = previous.get(Math.min(index, previous.size() - 1));
            bestDiff = differ.diff(best.passage(), hit.passage());
        } else {
            for (ClauseHit p : previous) {
                TextDiff d = differ.diff(p.passage(), hit.passage());
                if (bestDiff == null || d.similarity() > bestDiff.similarity()) {
                    best = p;
                    bestDiff = d;
                }
            }
        }
        return hit.withChange(new ClauseHit.WordingChange(best.reference(), bestDiff));
    }
}
