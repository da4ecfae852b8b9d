package org.clausewise.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.LoadFailure;
import org.clausewise.corpus.Series;
import org.clausewise.corpus.TextSummary;
import org.clausewise.corpus.TitleChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code series FILES_OR_FOLDERS... [--json]}: the texts grouped into series exactly as the app
 * groups them, so the grouping can be checked from outside: each series with its texts (symbol,
 * session, kind, file), then every change of title that was linked. Texts are read through the
 * index of parsed texts, so a second run over the same folders parses nothing.
 */
@Command(name = "series",
        description = {"List the texts grouped into series, as the app groups them.",
            "Each series: its title, then its texts in timeline order (session, kind, symbol, file); then the"
                + " changes of title that were linked (a text citing an earlier one by number and sharing its"
                + " wording). Texts that cannot be read are named on stderr; the exit is 1 only when none can be"
                + " read. Parsed texts are kept in the index in the cache folder, so a second run parses nothing."},
        footer = {"", "Examples:",
            "  clausewise series corpus",
            "  clausewise series ../shared/pdf/78 ../shared/pdf/79 --json"})
final class SeriesCommand extends CliCommand {
    @Mixin
    FilesOrFolders inputs;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws BadInputException {
        Corpus corpus = IndexedCorpus.load(inputs.paths(), err(), "series");
        out().println(json.on() ? Json.write(toJson(corpus)) : toText(corpus).stripTrailing());
        return ExitCode.OK;
    }

    static Map<String, Object> toJson(Corpus corpus) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> series = new ArrayList<>();
        for (Series s : corpus.series()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", s.title());
            m.put("sessions", s.sessions());
            List<Object> texts = new ArrayList<>();
            for (CorpusEntry e : s.timeline()) {
                TextSummary t = e.summary();
                Map<String, Object> text = new LinkedHashMap<>();
                text.put("symbol", t.symbol());
                text.put("session", t.session());
                text.put("kind", t.kind().jsonName());
                text.put("title", t.title());
                text.put("date", t.date() == null ? null : t.date().toString());
                text.put("committee", t.committee());
                text.put("file", e.source().toString());
                texts.add(text);
            }
            m.put("texts", texts);
            series.add(m);
        }
        root.put("series", series);
        List<Object> changes = new ArrayList<>();
        for (TitleChange c : corpus.titleChanges()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", c.previous().summary().symbol());
            m.put("to", c.renamed().summary().symbol());
            m.put("fromTitle", c.previous().summary().title());
            m.put("toTitle", c.renamed().summary().title());
            m.put("similarity", c.similarity());
            changes.add(m);
        }
        root.put("titleChanges", changes);
        List<Object> failures = new ArrayList<>();
        for (LoadFailure f : corpus.failures()) {
            failures.add(Map.of("file", f.source().toString(), "message", f.message()));
        }
        root.put("failures", failures);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("series", corpus.series().size());
        summary.put("texts", corpus.entries().size());
        summary.put("seriesOverSessions", corpus.series().stream().filter(s -> s.sessions().size() >= 2).count());
        summary.put("textsInSeriesOverSessions", corpus.series().stream().filter(s -> s.sessions().size() >= 2)
                .mapToInt(Series::size).sum());
        root.put("summary", summary);
        return root;
    }

    static String toText(Corpus corpus) {
        StringBuilder sb = new StringBuilder();
        long over = corpus.series().stream().filter(s -> s.sessions().size() >= 2).count();
        sb.append(String.format(Locale.ROOT, "%d texts in %d series (%d over two or more sessions)%n%n",
                corpus.entries().size(), corpus.series().size(), over));
        for (Series s : corpus.series()) {
            List<Integer> sessions = s.sessions();
            String span = sessions.isEmpty() ? "session unknown" : sessions.size() == 1 ? "session " + sessions.get(0)
                    : "sessions " + sessions.get(0) + "\u2013" + sessions.get(sessions.size() - 1);
            sb.append(s.title()).append("  (").append(s.size()).append(s.size() == 1 ? " text, " : " texts, ")
                    .append(span).append(")\n");
            for (CorpusEntry e : s.timeline()) {
                TextSummary t = e.summary();
                sb.append(String.format(Locale.ROOT, "  %-4s %-14s %-22s %s%n", t.session() == null ? "?" : t.session(),
                        t.kind().jsonName(), t.symbol() == null ? "-" : t.symbol(), e.fileName()));
            }
            sb.append('\n');
        }
        if (!corpus.titleChanges().isEmpty()) {
            sb.append("Changes of title linked (").append(corpus.titleChanges().size()).append("):\n");
            for (TitleChange c : corpus.titleChanges()) {
                sb.append(String.format(Locale.ROOT, "  %s \u201C%s\u201D%n    \u2192 %s \u201C%s\u201D (shared wording %.2f)%n",
                        c.previous().summary().displayName(), c.previous().summary().title(),
                        c.renamed().summary().displayName(), c.renamed().summary().title(), c.similarity()));
            }
        }
        return sb.toString();
    }
}
