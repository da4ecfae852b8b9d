package org.clausewise.cli;

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
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code history FILES_OR_FOLDERS... --clause "OP 8 of A/RES/69/179" [--json]}: follows one clause
 * through the series of the named text. The texts given are grouped into series as the app does;
 * the clause's text chooses the series. A clause is named "OP n" or "PP n" of a symbol or a file
 * name (see {@link ClauseReference}).
 */
@Command(name = "history",
        description = {"Follow one clause through the sessions of its series.",
            "Shows the session where it first appears, its number and wording in each text, the sessions where its"
                + " wording changed (editorial or substantive, shown as [-deleted-]{+inserted+}) and where it was"
                + " dropped. The texts given are grouped into series as in the app; the clause's text picks the"
                + " series."},
        footer = {"", "Examples:",
            "  clausewise history corpus --clause \"OP 8 of A/RES/69/179\"",
            "  clausewise history corpus --clause \"PP 3 of A/RES/67/169\" --json",
            "  clausewise history corpus --clause \"OP 12 of A-67-draft-Third-Committee.txt\""})
final class HistoryCommand extends CliCommand {
    @Mixin
    FilesOrFolders inputs;

    @Option(names = "--clause", required = true, paramLabel = "CLAUSE", converter = ClauseConverter.class,
            description = "\"OP n of TEXT\" or \"PP n of TEXT\" (PP 1 = the first preambular paragraph); \"OP IV.3 of"
                + " TEXT\" where numbering restarts per section; \"Annex I ¶ 3 of TEXT\" for an annex's; TEXT is a"
                + " symbol (A/RES/69/179) or a file name, with or without .txt (for a draft without symbol).")
    ClauseReference clause;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws BadInputException {
        ClauseReference ref = clause;
        Corpus corpus = new CorpusLoader().load(inputs.paths());
        if (!corpus.failures().isEmpty()) {
            LoadFailure f = corpus.failures().get(0);
            throw new BadInputException("history: " + f.source().getFileName() + ": " + f.message());
        }
        Optional<CorpusEntry> named = corpus.entries().stream().filter(ref::names).findFirst();
        if (named.isEmpty()) {
            throw new BadInputException("history: no text named '" + ref.text() + "' among the "
                    + corpus.entries().size() + " texts given (name it by symbol or file name)");
        }
        CorpusEntry entry = named.get();
        Resolution text = entry.resolution();
        List<Clause> clauses = text.clauses(ref.part()).stream().filter(ref::names).toList();
        if (clauses.isEmpty()) {
            throw new BadInputException("history: " + text.displayName() + " has no " + ref.clauseLabel()
                    + " (it has " + numbers(text, ref) + ")");
        }
        if (clauses.size() > 1) {
            throw new BadInputException("history: " + text.displayName() + " numbers its paragraphs per section;"
                    + " name one of " + clauses.stream().map(Clause::label).collect(Collectors.joining(", ")));
        }
        Series series = corpus.seriesOf(entry).orElseThrow();
        List<Resolution> timeline = series.timeline().stream().map(CorpusEntry::resolution).toList();
        SeriesLineage lineage = new LineageBuilder().build(timeline);
        int position = lineage.positionOf(text);
        ClauseHistory history = lineage.historyOf(text, clauses.get(0)).orElseThrow();
        ClauseVersion asked = history.at(position).orElseThrow();
        out().println(json.on() ? Json.write(HistoryJson.of(history, asked, series.title()))
                : HistoryText.render(history, asked, series.title()).stripTrailing());
        return ExitCode.OK;
    }

    /** A clause name that does not parse is a usage mistake (exit 2), told in the parser's words. */
    static final class ClauseConverter implements ITypeConverter<ClauseReference> {
        @Override
        public ClauseReference convert(String value) {
            try {
                return ClauseReference.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    private static String numbers(Resolution text, ClauseReference ref) {
        List<Clause> clauses = text.clauses(ref.part());
        if (clauses.isEmpty()) {
            return "none";
        }
        boolean plain = clauses.stream().allMatch(c -> c.label().equals(c.part().abbreviation() + " " + c.number()));
        if (!plain) {
            // labels say the section ("OP IV.3") or the annex; more than a few would be a wall of text
            String some = clauses.stream().limit(12).map(Clause::label).collect(Collectors.joining(", "));
            return clauses.size() > 12 ? some + ", …" : some;
        }
        return clauses.stream().map(c -> String.valueOf(c.number())).collect(Collectors.joining(", ",
                ref.part().abbreviation() + " ", ""));
    }
}
