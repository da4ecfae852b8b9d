package org.clausewise.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clausewise.model.ComparableText;

/**
 * Groups texts into series. Two texts belong together when their titles are the same once case,
 * punctuation and spacing are set aside, or when one's preamble cites the other's resolution
 * number: the citation is the stronger link, and it is what keeps a renamed series together (the
 * Ombudsman texts of the 75th and 79th sessions recall 72/186, whose title was different). Links
 * are transitive, so a chain of renamings still makes one series.
 */
final class SeriesGrouper {
    private SeriesGrouper() {
    }

    static List<Series> group(List<CorpusEntry> entries) {
        int n = entries.size();
        UnionFind groups = new UnionFind(n);
        Map<String, Integer> byTitle = new HashMap<>();
        Map<String, Integer> byNumber = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer same = byTitle.putIfAbsent(titleKey(entries.get(i)), i);
            if (same != null) {
                groups.join(same, i);
            }
            String number = Citations.numberOf(entries.get(i).resolution());
            if (number != null) {
                byNumber.putIfAbsent(number, i);
            }
        }
        for (int i = 0; i < n; i++) {
            for (String cited : Citations.citedIn(entries.get(i).resolution())) {
                Integer target = byNumber.get(cited);
                if (target != null) {
                    groups.join(target, i);
                }
            }
        }
        Map<Integer, List<CorpusEntry>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(groups.root(i), k -> new ArrayList<>()).add(entries.get(i));
        }
        List<Series> series = new ArrayList<>();
        for (List<CorpusEntry> timeline : members.values()) {
            timeline.sort(TimelineOrder.ORDER);
            series.add(new Series(titleOf(timeline), timeline));
        }
        series.sort(Comparator.comparing((Series s) -> s.title().toLowerCase(Locale.ROOT)));
        return series;
    }

    /** The newest text's title; the newest with a title if the last one has none. */
    private static String titleOf(List<CorpusEntry> timeline) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            String title = timeline.get(i).resolution().title();
            if (title != null && !title.isBlank()) {
                return title.strip();
            }
        }
        return timeline.get(timeline.size() - 1).fileName();
    }

    /** Title as compared: letters and digits only, lower case. A text without a title stands alone. */
    static String titleKey(CorpusEntry entry) {
        String title = entry.resolution().title();
        if (title == null || title.isBlank()) {
            return "\u0000" + entry.source();
        }
        String s = ComparableText.of(title).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(s.length());
        for (String word : s.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                key.append(key.length() == 0 ? "" : " ").append(word);
            }
        }
        return key.toString();
    }

    /** Disjoint sets over 0…n-1, enough for a few thousand texts. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void join(int a, int b) {
            int ra = root(a);
            int rb = root(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
