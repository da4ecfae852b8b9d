package org.clausewise.corpus.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clausewise.compare.WordDiffer;
import org.clausewise.model.ComparableText;
import org.clausewise.model.TextDiff;

/**
 * How the wording holding a phrase moved through a series: each text's hits are compared, with
 * the compare engine's word diff (editorial noise kept apart from substantive change), to the
 * hit of the previous text holding the phrase that it most resembles. Comparing the passages
 * found is enough here, and far cheaper than aligning whole texts as the clause history does:
 * a passage worded as before needs no diff at all, and the others one diff each, with the
 * previous hit chosen by the words they share.
 */
final class WordingEvolution {
    private final WordDiffer differ = new WordDiffer();

    List<TextStep> follow(List<TextInfo> timeline, Map<String, List<ClauseHit>> hitsByText) {
        List<TextStep> steps = new ArrayList<>();
        Previous previous = null;
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
            for (ClauseHit hit : hits) {
                withChanges.add(previous == null ? hit : previous.compared(hit, differ));
            }
            steps.add(new TextStep(text, withChanges));
            if (!hits.isEmpty()) {
                previous = new Previous(withChanges);
            }
        }
        return steps;
    }

    /** The hits of the last text that held the phrase, looked up by wording and by words. */
    private static final class Previous {
        private final List<ClauseHit> hits;
        private final Map<String, ClauseHit> byWording = new HashMap<>();
        private final List<Set<String>> words = new ArrayList<>();

        Previous(List<ClauseHit> hits) {
            this.hits = hits;
            for (ClauseHit h : hits) {
                byWording.putIfAbsent(ComparableText.of(h.passage()), h);
                words.add(words(h.passage()));
            }
        }

        ClauseHit compared(ClauseHit hit, WordDiffer differ) {
            ClauseHit same = byWording.get(ComparableText.of(hit.passage()));
            ClauseHit closest = same != null ? same : closest(words(hit.passage()));
            TextDiff diff = same != null ? TextDiff.none(hit.passage()) : differ.diff(closest.passage(), hit.passage());
            return hit.withChange(new ClauseHit.WordingChange(closest.reference(), diff));
        }

        /** The previous hit sharing the largest part of its words with this one (Jaccard). */
        private ClauseHit closest(Set<String> mine) {
            ClauseHit best = hits.get(0);
            double bestScore = -1;
            for (int i = 0; i < hits.size(); i++) {
                Set<String> theirs = words.get(i);
                int shared = 0;
                for (String w : mine) {
                    if (theirs.contains(w)) {
                        shared++;
                    }
                }
                int union = mine.size() + theirs.size() - shared;
                double score = union == 0 ? 0 : (double) shared / union;
                if (score > bestScore) {
                    bestScore = score;
                    best = hits.get(i);
                }
            }
            return best;
        }

        private static Set<String> words(String passage) {
            Set<String> out = new HashSet<>();
            for (String w : ComparableText.of(passage).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
            return out;
        }
    }
}
