package org.clausewise.cli;

import java.util.List;
import java.util.Locale;
import org.clausewise.corpus.search.ClauseHit;
import org.clausewise.corpus.search.Highlight;
import org.clausewise.corpus.search.SearchResult;
import org.clausewise.corpus.search.SeriesHits;
import org.clausewise.corpus.search.SessionCount;
import org.clausewise.corpus.search.TextInfo;
import org.clausewise.corpus.search.TextStep;
import org.clausewise.model.Sessions;
import org.clausewise.present.HistoryWording;

/**
 * A search result as text for the terminal: the counts, "first agreed in", then each series with
 * its texts in order: the clause holding the phrase (its wording shown where it first appears and
 * as a word diff where it changed), "absent" where a text lacks it; last, the count per session.
 */
final class SearchText {
    private SearchText() {
    }

    static String render(SearchResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append('"').append(r.query().phrase()).append("\" (").append(r.query().mode().description()).append("): ");
        if (r.isEmpty()) {
            return sb.append("not found\n").toString();
        }
        sb.append(count(r.clauses(), "clause")).append(" in ").append(count(r.texts(), "text")).append(" of ")
                .append(count(r.seriesTotal(), "series")).append('\n');
        if (r.firstAgreed() != null) {
            sb.append("First agreed in ").append(r.firstAgreed().reference()).append(" (").append(when(r.firstAgreed().text()))
                    .append(")\n");
        }
        ClauseHit seen = r.firstSeen();
        if (r.firstAgreed() == null || !seen.text().id().equals(r.firstAgreed().text().id())
                && seen.text().session() != null && !seen.text().isAdopted()
                && !seen.text().session().equals(r.firstAgreed().text().session())) {
            sb.append(r.firstAgreed() == null ? "Only in drafts; first in " : "First proposed in ")
                    .append(seen.reference()).append(" (").append(when(seen.text())).append(")\n");
        }
        for (SeriesHits s : r.series()) {
            sb.append('\n').append(s.title()).append(" \u2014 ").append(count(s.clauseCount(), "clause")).append(" in ")
                    .append(count(s.textCount(), "text")).append('\n');
            steps(sb, s.timeline());
            if (s.moreTexts() > 0) {
                sb.append("  ... and ").append(count(s.moreTexts(), "more text")).append(" of this series holding it\n");
            }
        }
        if (r.moreSeries() > 0) {
            sb.append("\n... and ").append(count(r.moreSeries(), "more series")).append(" (show them with --limit)\n");
        }
        sb.append("\nBy session:");
        List<SessionCount> sessions = r.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            SessionCount c = sessions.get(i);
            sb.append(i == 0 ? " " : "; ").append(c.session() == null ? "unknown" : Sessions.ordinal(c.session()))
                    .append(' ').append(count(c.clauses(), "clause")).append(" (").append(count(c.texts(), "text")).append(')');
        }
        return sb.append('\n').toString();
    }

    /**
     * The series' texts from the first that holds the phrase on; texts without it in between or
     * after are listed as absent (a run of more than two on one line), those before are left out.
     */
    private static void steps(StringBuilder sb, List<TextStep> timeline) {
        List<TextStep> absent = new java.util.ArrayList<>();
        boolean held = false;
        for (TextStep step : timeline) {
            if (!step.holdsPhrase()) {
                if (held) {
                    absent.add(step);
                }
                continue;
            }
            absent(sb, absent);
            held = true;
            step(sb, step);
        }
        absent(sb, absent);
    }

    private static void absent(StringBuilder sb, List<TextStep> run) {
        if (run.size() > 2) {
            sb.append(String.format(Locale.ROOT, "  %-15s absent from %d texts, %s to %s%n", "", run.size(),
                    run.get(0).text().displayName(), run.get(run.size() - 1).text().displayName()));
        } else {
            for (TextStep s : run) {
                sb.append(String.format(Locale.ROOT, "  %-15s %-22s absent%n", s.text().sessionLabel(), s.text().displayName()));
            }
        }
        run.clear();
    }

    private static void step(StringBuilder sb, TextStep step) {
        TextInfo t = step.text();
        String head = String.format(Locale.ROOT, "  %-15s %-22s", t.sessionLabel(), t.displayName());
        for (ClauseHit h : step.clauses()) {
            sb.append(head).append(' ').append(h.clauseReference()).append(": ");
            ClauseHit.WordingChange change = h.change();
            if (change == null || change.isNew()) {
                sb.append(change == null ? "first here" : "new clause").append("\n      ").append(marked(h)).append('\n');
            } else if (change.unchanged()) {
                sb.append("unchanged\n");
            } else {
                sb.append("changed (").append(change.diff().changeClass().jsonName()).append(") from ")
                        .append(change.previous()).append("\n      ").append(RunText.brackets(HistoryWording.redline(change.diff()))).append('\n');
            }
            head = String.format(Locale.ROOT, "  %-15s %-22s", "", "");
        }
    }

    /** The passage with each match between « and ». */
    static String marked(ClauseHit h) {
        StringBuilder sb = new StringBuilder(h.passage().length() + 8 * h.highlights().size());
        int at = 0;
        for (Highlight m : h.highlights()) {
            sb.append(h.passage(), at, m.start()).append('\u00AB').append(h.passage(), m.start(), m.end()).append('\u00BB');
            at = m.end();
        }
        return sb.append(h.passage().substring(at)).toString().replace("\n", "\n      ");
    }

    private static String when(TextInfo t) {
        return t.sessionLabel() + (t.date() == null ? "" : ", " + t.date());
    }

    private static String count(int n, String what) {
        boolean plural = n != 1 && !what.endsWith("series");
        return String.format(Locale.ROOT, "%,d %s%s", n, what, plural ? "s" : "");
    }
}
