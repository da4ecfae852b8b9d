package org.clausewise.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups texts into series (decision 0011). A series is one recurring resolution:
 * <ol>
 * <li>adopted texts with the same title (case, punctuation and spacing set aside) across sessions, or
 * the same but for a year that moves with the session ("… for 2024" of the 78th, "… for 2025" of the 79th);</li>
 * <li>a renamed text joins the text it cites by number ("Recalling its resolution 72/186") when that
 * text is of an earlier session and the two share enough wording ({@link #RENAME_SIMILARITY});</li>
 * <li>no join ever puts two adopted texts of one session in a series: a text of another series that
 * cites this one cannot pull the two series together;</li>
 * <li>a draft (or revision, or amendment) joins the text it became: the adopted text that names it,
 * else the adopted text of its title and session, else its title's series as a draft of its own
 * session, else the other drafts of its title and session; a misread title ("A") joins nothing.</li>
 * </ol>
 * Every step walks the texts in timeline order, so the result never depends on load order.
 */
final class SeriesGrouper {
    /**
     * Estimated share of three-word runs two texts must have in common for a citation across a
     * change of title to count. Versions of one resolution in consecutive sessions share 0.4 to
     * 0.9 of them; texts of different series that cite each other rarely reach 0.2.
     */
    static final double RENAME_SIMILARITY = 0.3;

    private final List<CorpusEntry> entries;
    private final TextSummary[] texts;
    private final String[] titles;
    private final List<Integer> order;
    private final SessionGroups groups;

    private SeriesGrouper(List<CorpusEntry> entries) {
        this.entries = entries;
        int n = entries.size();
        texts = new TextSummary[n];
        titles = new String[n];
        for (int i = 0; i < n; i++) {
            texts[i] = entries.get(i).summary();
            titles[i] = TitleKey.of(texts[i].title());
        }
        List<Integer> sorted = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sorted.add(i);
        }
        sorted.sort(Comparator.comparing(entries::get, TimelineOrder.ORDER));
        order = sorted;
        groups = new SessionGroups(n);
    }

    /** The series and the renamings that were linked. */
    record Grouping(List<Series> series, List<TitleChange> titleChanges) {
    }

    static Grouping group(List<CorpusEntry> entries) {
        SeriesGrouper grouper = new SeriesGrouper(entries);
        grouper.joinCopiesOfOneText();
        grouper.joinSameTitles();
        List<TitleChange> renamed = grouper.joinRenamed();
        grouper.placeDrafts();
        return new Grouping(grouper.series(), renamed);
    }

    /** Two files of one adopted text (its PDF and a text export) are one text of the series. */
    private void joinCopiesOfOneText() {
        Map<Integer, Integer> byNumber = new HashMap<>();
        for (int i : order) {
            int number = texts[i].isAdopted() ? texts[i].number() : -1;
            if (number >= 0) {
                Integer first = byNumber.putIfAbsent(number, i);
                if (first != null) {
                    groups.join(first, i);
                }
            }
        }
        for (int i : order) {
            Integer session = texts[i].session();
            if (texts[i].isAdopted() && session != null) {
                groups.adoptedIn(groups.root(i), session);
            }
        }
    }

    private void joinSameTitles() {
        joinByTitle(i -> titles[i]);
        // then yearly titles: "Working Capital Fund for 2024" of the 78th, "… for 2025" of the 79th
        joinByTitle(i -> TitleKey.yearsBySession(titles[i], texts[i].session()));
    }

    private void joinByTitle(java.util.function.IntFunction<String> keyOf) {
        Map<String, List<Integer>> chains = new HashMap<>();
        for (int i : order) {
            String key = keyOf.apply(i);
            if (!texts[i].isAdopted() || key == null) {
                continue;
            }
            List<Integer> heads = chains.computeIfAbsent(key, k -> new ArrayList<>(1));
            // a second text of one title in one session starts a second chain instead of merging
            if (heads.stream().noneMatch(h -> groups.join(h, i))) {
                heads.add(i);
            }
        }
    }

    private List<TitleChange> joinRenamed() {
        Map<Integer, Integer> byNumber = new HashMap<>();
        for (int i : order) {
            if (texts[i].isAdopted() && texts[i].number() >= 0) {
                byNumber.putIfAbsent(texts[i].number(), i);
            }
        }
        List<Link> candidates = new ArrayList<>();
        for (int b : order) {
            Link best = bestPrevious(b, byNumber);
            if (best != null) {
                candidates.add(best);
            }
        }
        // the surest renamings first, so a weaker one cannot block them (stable sort: ties in timeline order)
        candidates.sort(Comparator.comparingDouble(Link::similarity).reversed());
        List<TitleChange> linked = new ArrayList<>();
        for (Link c : candidates) {
            if (!groups.together(c.previous, c.renamed) && groups.join(c.previous, c.renamed)) {
                linked.add(new TitleChange(entries.get(c.previous), entries.get(c.renamed), c.similarity));
            }
        }
        linked.sort(Comparator.comparing(TitleChange::renamed, TimelineOrder.ORDER));
        return linked;
    }

    /** The earlier text with another title that {@code b} cites and resembles most, or null. */
    private record Link(int previous, int renamed, double similarity) {
    }

    private Link bestPrevious(int b, Map<Integer, Integer> byNumber) {
        TextSummary later = texts[b];
        if (!later.isAdopted() || later.session() == null || titles[b] == null) {
            return null;
        }
        Link best = null;
        for (int cited : later.citations()) {
            Integer a = byNumber.get(cited);
            if (a == null || titles[a] == null || titles[a].equals(titles[b]) || texts[a].session() == null
                    || texts[a].session() >= later.session() || !groups.canJoin(a, b)) {
                continue;
            }
            double similarity = texts[a].sketch().similarity(later.sketch());
            if (similarity >= RENAME_SIMILARITY && (best == null || similarity > best.similarity())) {
                best = new Link(a, b, similarity);
            }
        }
        return best;
    }

    private void placeDrafts() {
        Map<String, Integer> adoptedByDraft = new HashMap<>();
        Map<String, Integer> draftBySymbol = new HashMap<>();
        Map<String, Integer> adoptedByTitleAndSession = new HashMap<>();
        Map<String, Integer> newestAdoptedByTitle = new HashMap<>();
        for (int i : order) {
            TextSummary t = texts[i];
            if (t.isAdopted()) {
                putIfKnown(adoptedByDraft, DocumentFacts.baseSymbol(t.adoptedFrom()), i);
                if (titles[i] != null) {
                    adoptedByTitleAndSession.putIfAbsent(titles[i] + "@" + t.session(), i);
                    newestAdoptedByTitle.put(titles[i], i);
                }
            } else {
                putIfKnown(draftBySymbol, DocumentFacts.baseSymbol(t.symbol()), i);
            }
        }
        Map<String, Integer> draftsByTitleAndSession = new HashMap<>();
        for (int d : order) {
            TextSummary t = texts[d];
            if (t.isAdopted()) {
                continue;
            }
            Integer target = adoptedByDraft.get(DocumentFacts.baseSymbol(t.symbol()));
            if (target == null && t.amends() != null) {
                target = draftBySymbol.get(DocumentFacts.baseSymbol(t.amends()));
            }
            if (target == null && titles[d] != null) {
                String key = titles[d] + "@" + t.session();
                target = adoptedByTitleAndSession.get(key);
                if (target == null) {
                    target = newestAdoptedByTitle.get(titles[d]);
                }
                if (target == null) {
                    target = draftsByTitleAndSession.putIfAbsent(key, d);
                }
            }
            if (target != null) {
                groups.join(target, d);
            }
        }
    }

    private static void putIfKnown(Map<String, Integer> map, String key, int i) {
        if (key != null) {
            map.putIfAbsent(key, i);
        }
    }

    private List<Series> series() {
        Map<Integer, List<CorpusEntry>> members = new LinkedHashMap<>();
        for (int i : order) {
            members.computeIfAbsent(groups.root(i), k -> new ArrayList<>()).add(entries.get(i));
        }
        List<Series> series = new ArrayList<>(members.size());
        for (List<CorpusEntry> timeline : members.values()) {
            series.add(new Series(titleOf(timeline), timeline));
        }
        series.sort(Comparator.comparing((Series s) -> s.title().toLowerCase(Locale.ROOT))
                .thenComparing(s -> s.timeline().get(0), TimelineOrder.ORDER));
        return series;
    }

    /** The newest adopted text's title; else the newest real title; else the newest text's name. */
    private static String titleOf(List<CorpusEntry> timeline) {
        String anyTitle = null;
        for (int i = timeline.size() - 1; i >= 0; i--) {
            TextSummary t = timeline.get(i).summary();
            if (!TitleKey.isJunk(t.title())) {
                if (t.isAdopted()) {
                    return t.title().strip();
                }
                anyTitle = anyTitle == null ? t.title().strip() : anyTitle;
            }
        }
        if (anyTitle != null) {
            return anyTitle;
        }
        CorpusEntry newest = timeline.get(timeline.size() - 1);
        return newest.summary().symbol() != null ? newest.summary().symbol() : newest.fileName();
    }
}
