package org.clausewise.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.Series;
import org.clausewise.corpus.TextSummary;
import org.clausewise.corpus.TextUnavailableException;
import org.clausewise.lineage.TextComparer;
import org.clausewise.model.Resolution;
import org.clausewise.present.BriefLine;
import org.clausewise.present.Presentation;
import org.clausewise.present.SessionBrief;

/**
 * Makes the brief of one session from the library's series (the corpus's grouping, never another):
 * for each series, its resolution of that session compared with the latest earlier text of the
 * series, presented as the viewer presents it ({@link BriefLine#VIEW}).
 */
public final class SessionBriefBuilder {
    private static final Pattern NUMBER = Pattern.compile("(\\d+)\\s*(?:\\([^)]*\\))?\\s*$");

    private final TextComparer comparer;

    public SessionBriefBuilder(TextComparer comparer) {
        this.comparer = Objects.requireNonNull(comparer, "comparer");
    }

    public SessionBrief build(Corpus corpus, int session, BriefProgress progress) {
        List<Pair> pairs = new ArrayList<>();
        for (Series s : corpus.series()) {
            pairs.addAll(pairsOf(s, session));
        }
        pairs.sort(Comparator.comparingInt((Pair p) -> number(p.text.summary().symbol()))
                .thenComparing(p -> p.text.summary().displayName()));
        List<BriefLine> lines = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int done = 0;
        for (Pair p : pairs) {
            try {
                lines.add(line(p));
            } catch (TextUnavailableException e) {
                skipped.add(p.text.summary().displayName() + ": " + e.getMessage());
            }
            progress.compared(++done, pairs.size());
        }
        return new SessionBrief(session, lines, skipped);
    }

    private BriefLine line(Pair p) {
        TextSummary t = p.text.summary();
        if (p.previous == null) {
            return BriefLine.first(t.displayName(), t.title(), p.text.fileName());
        }
        Resolution right = p.text.resolution();
        Resolution left = p.previous.resolution();
        Presentation shown = Presentation.of(comparer.compare(left, right), BriefLine.VIEW);
        TextSummary before = p.previous.summary();
        return BriefLine.of(t.displayName(), t.title(), p.text.fileName(), before.displayName(), before.session(),
                shown);
    }

    /**
     * The series' texts of the session — its resolutions; a draft only when the session has no
     * resolution of the series yet — each with the latest text of an earlier session (a
     * resolution rather than a draft when there is one).
     */
    static List<Pair> pairsOf(Series series, int session) {
        List<CorpusEntry> ofSession = series.timeline().stream()
                .filter(e -> Objects.equals(e.summary().session(), session)).toList();
        if (ofSession.isEmpty()) {
            return List.of();
        }
        List<CorpusEntry> adopted = ofSession.stream().filter(e -> e.summary().isAdopted()).toList();
        List<CorpusEntry> chosen = adopted.isEmpty() ? List.of(ofSession.get(ofSession.size() - 1)) : adopted;
        CorpusEntry previous = previous(series, session);
        return chosen.stream().map(e -> new Pair(e, previous)).toList();
    }

    private static CorpusEntry previous(Series series, int session) {
        CorpusEntry latest = null;
        CorpusEntry latestAdopted = null;
        for (CorpusEntry e : series.timeline()) { // oldest first
            Integer s = e.summary().session();
            if (s != null && s < session) {
                latest = e;
                if (e.summary().isAdopted()) {
                    latestAdopted = e;
                }
            }
        }
        if (latestAdopted != null && latest != null
                && Objects.equals(latestAdopted.summary().session(), latest.summary().session())) {
            return latestAdopted;
        }
        return latest;
    }

    /** The resolution number of "A/RES/79/123" (123); texts without one sort last. */
    static int number(String symbol) {
        if (symbol == null) {
            return Integer.MAX_VALUE;
        }
        Matcher m = NUMBER.matcher(symbol);
        if (!m.find()) {
            return Integer.MAX_VALUE;
        }
        try {
            return Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    record Pair(CorpusEntry text, CorpusEntry previous) {
    }
}
