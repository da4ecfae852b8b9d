package org.clausewise.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.LoadFailure;
import org.clausewise.corpus.Series;
import org.clausewise.lineage.ClauseHistory;
import org.clausewise.lineage.ClauseReference;
import org.clausewise.lineage.ClauseVersion;
import org.clausewise.lineage.LineageBuilder;
import org.clausewise.lineage.SeriesLineage;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;

/**
 * {@code history FILES_OR_DIRS... --clause "OP 8 of A/RES/69/179" [--json]}: follows one clause
 * through the series of the named text. The texts given are grouped into series as the app does;
 * the clause's text chooses the series. A clause is named "OP n" or "PP n" of a symbol or a file
 * name (see {@link ClauseReference}).
 */
final class HistoryCommand implements Command {
    static final String HELP = String.join("\n",
            "usage: clausewise history FILES_OR_DIRS... --clause CLAUSE [--json]",
            "  Follows one clause through the series of its text: the session where it first appears,",
            "  its number and wording in each text, the sessions where its wording changed (editorial",
            "  or substantive, shown as [-deleted-]{+inserted+}) and where it was dropped.",
            "  FILES_OR_DIRS  the texts to read (.txt/.md; a folder gives the texts in it); they are",
            "                 grouped into series as in the app, and the clause's text picks the series",
            "  CLAUSE         \"OP 8 of A/RES/69/179\"  operative paragraph 8 of that resolution",
            "                 \"PP 3 of A/RES/67/169\"  preambular paragraph 3 (1 = first)",
            "                 \"OP 12 of A-67-draft-Third-Committee.txt\"  a text named by its file",
            "                 (with or without .txt), e.g. a draft without symbol",
            "  --json         print the history as JSON instead of text");

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<Path> inputs = new ArrayList<>();
        String clause = null;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--help") || a.equals("-h")) {
                out.println(HELP);
                return 0;
            } else if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--clause")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("history: --clause needs a value, e.g. " + ClauseReference.EXAMPLE);
                }
                clause = args.get(++i);
            } else if (a.startsWith("--clause=")) {
                clause = a.substring("--clause=".length());
            } else if (a.startsWith("-") && a.length() > 1) {
                throw new UsageException("history: unknown option '" + a + "'");
            } else {
                inputs.add(Paths.get(a));
            }
        }
        if (inputs.isEmpty() || clause == null) {
            throw new UsageException("usage: history FILES_OR_DIRS... --clause " + ClauseReference.EXAMPLE
                    + " [--json]");
        }
        ClauseReference ref;
        try {
            ref = ClauseReference.parse(clause);
        } catch (IllegalArgumentException e) {
            throw new UsageException("history: " + e.getMessage());
        }

        Corpus corpus = new CorpusLoader().load(inputs);
        if (!corpus.failures().isEmpty()) {
            LoadFailure f = corpus.failures().get(0);
            err.println("clausewise: history: " + f.source().getFileName() + ": " + f.message());
            return 1;
        }
        Optional<CorpusEntry> named = corpus.entries().stream().filter(ref::names).findFirst();
        if (named.isEmpty()) {
            err.println("clausewise: history: no text named '" + ref.text() + "' among the " + corpus.entries().size()
                    + " texts given (name it by symbol or file name)");
            return 1;
        }
        CorpusEntry entry = named.get();
        Resolution text = entry.resolution();
        Optional<Clause> target = text.clauses(ref.part()).stream().filter(c -> c.number() == ref.number()).findFirst();
        if (target.isEmpty()) {
            err.println("clausewise: history: " + text.displayName() + " has no " + ref.part().abbreviation() + " "
                    + ref.number() + " (it has " + numbers(text, ref) + ")");
            return 1;
        }
        Series series = corpus.seriesOf(entry).orElseThrow();
        List<Resolution> timeline = series.timeline().stream().map(CorpusEntry::resolution).toList();
        SeriesLineage lineage = new LineageBuilder().build(timeline);
        int position = lineage.positionOf(text);
        ClauseHistory history = lineage.historyOf(position, ref.part(), ref.number()).orElseThrow();
        ClauseVersion asked = history.at(position).orElseThrow();
        out.println(json ? Json.write(HistoryJson.of(history, asked, series.title()))
                : HistoryText.render(history, asked, series.title()).stripTrailing());
        return 0;
    }

    private static String numbers(Resolution text, ClauseReference ref) {
        List<Clause> clauses = text.clauses(ref.part());
        if (clauses.isEmpty()) {
            return "none";
        }
        return clauses.stream().map(c -> String.valueOf(c.number())).collect(Collectors.joining(", ",
                ref.part().abbreviation() + " ", ""));
    }
}
