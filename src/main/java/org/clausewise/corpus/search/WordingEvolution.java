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
    /** Words two passages must share (of all their words) to be one clause reworded, in the same part. */
    static final double SAME_PART_MIN = 0.3;
    /** The same for a clause moved between preamble and operative part: it must be closer. */
    static final double OTHER_PART_MIN = 0.5;

    private final WordDiffer differ = new WordDiffer();

    List<TextStep> follow(List<TextInfo> timeline, Map<String, List<ClauseHit>> hitsByText) {
        List<TextStep> steps = new ArrayList<>();
        Previous previous = null;
        Set<String> seen = new HashSet<>();
        for (TextInfo text : timeline) {
            if (!seen.add(text.id())) {
                continue;
            }
            List<ClauseHit> hits = hitsByText.getOrDefault(text.id(), List.of());
            List<ClauseHit> withChanges = previous == null ? hits : previous.compared(hits, differ);
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

        /**
         * Each hit against the previous text's: first those worded exactly as before, then each
         * other hit against the most alike previous hit not yet taken (of the same part when one
         * is alike enough); a hit like none of them is a new clause.
         */
        List<ClauseHit> compared(List<ClauseHit> current, WordDiffer differ) {
            ClauseHit[] out = new ClauseHit[current.size()];
            boolean[] taken = new boolean[hits.size()];
            for (int i = 0; i < current.size(); i++) {
                ClauseHit same = byWording.get(ComparableText.of(current.get(i).passage()));
                if (same != null && !taken[hits.indexOf(same)]) {
                    taken[hits.indexOf(same)] = true;
                    out[i] = current.get(i).withChange(new ClauseHit.WordingChange(same.reference(),
                            TextDiff.none(current.get(i).passage())));
                }
            }
            for (int i = 0; i < current.size(); i++) {
                if (out[i] != null) {
                    continue;
                }
                ClauseHit hit = current.get(i);
                int best = closest(hit, words(hit.passage()), taken);
                if (best < 0) {
                    out[i] = hit.withChange(ClauseHit.WordingChange.newClause());
                } else {
                    taken[best] = true;
                    ClauseHit before = hits.get(best);
                    out[i] = hit.withChange(new ClauseHit.WordingChange(before.reference(),
                            differ.diff(before.passage(), hit.passage())));
                }
            }
            return List.of(out);
        }

        /** The free previous hit sharing most words (Jaccard) with this one, if alike enough; -1 if none. */
        private int closest(ClauseHit hit, Set<String> mine, boolean[] taken) {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < hits.size(); i++) {
                if (taken[i]) {
                    continue;
                }
                Set<String> theirs = words.get(i);
                int shared = 0;
                for (String w : mine) {
                    if (theirs.contains(w)) {
                        shared++;
                    }
                }
                int union = mine.size() + theirs.size() - shared;
                double score = union == 0 ? 0 : (double) shared / union;
                boolean samePart = part(hits.get(i).label()).equals(part(hit.label()));
                double needed = samePart ? SAME_PART_MIN : OTHER_PART_MIN;
                if (score >= needed && score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            return best;
        }

        /** "OP" of "OP 8", "PP" of "PP 3". */
        private static String part(String label) {
            int space = label.indexOf(' ');
            return space < 0 ? label : label.substring(0, space);
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
