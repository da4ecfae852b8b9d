package org.clausewise.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.LoadFailure;
import org.clausewise.corpus.TextIndex;
import org.clausewise.corpus.search.CorpusTexts;
import org.clausewise.corpus.search.IndexFolders;
import org.clausewise.corpus.search.PhraseQuery;
import org.clausewise.corpus.search.SearchIndex;
import org.clausewise.corpus.search.SearchMode;
import org.clausewise.corpus.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code search FILES_OR_FOLDERS... "phrase" [--mode exact|words|near] [--limit N] [--json]}: every
 * clause of the texts given that holds the phrase, grouped by series and session, where it was
 * first agreed and how its wording moved. The parsed texts are kept in the library's index and
 * the search index in the cache folder (one per set of files and folders given), so a second
 * search of the same folders parses nothing and reads no text again but those that changed. Texts that cannot be read are named on stderr and the others are
 * still searched; the exit code is then 1.
 */
@Command(name = "search",
        description = {"Find every clause that holds a phrase, across the texts given.",
            "Results are grouped by series (the one where the phrase was first agreed first) and session, with"
                + " where the phrase first appears (adopted texts before drafts) and, per series, how the wording"
                + " holding it changed from one text to the next (editorial or substantive, shown as"
                + " [-deleted-]{+inserted+}). Matches are marked «like this»."},
        footer = {"", "Modes:",
            "  exact  the same words in the same order, with the same case and punctuation; only spacing and",
            "         typographic variants (curly quotes, non-breaking hyphens, ligatures) are set aside",
            "  words  every word of the phrase somewhere in the clause, in any order, any case",
            "  near   (default) the words in order, setting editorial noise aside as well: case, accents,",
            "         punctuation, hyphens (co-operation = cooperation) and footnote digits glued to a word",
            "", "Texts that cannot be read are named on stderr and the others still searched; the exit code is then 1.",
            "", "Examples:",
            "  clausewise search corpus \"international cooperation in the field of human rights\"",
            "  clausewise search corpus \"Reaffirms that\" --mode exact --json",
            "  clausewise search ../shared/pdf/78 ../shared/pdf/79 \"digital age\" --mode words --limit 5"})
final class SearchCommand extends CliCommand {
    @Parameters(arity = "0..*", paramLabel = "FILES_OR_FOLDERS... PHRASE", hideParamSyntax = true,
            description = "Texts to search (a folder stands for the texts in it), then the phrase, in quotes.")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class, defaultValue = "near",
            description = "exact, words or near (default: ${DEFAULT-VALUE}).")
    SearchMode mode;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Show at most N series in full (default: ${DEFAULT-VALUE}); the others are counted.")
    int limit;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws BadInputException, IOException {
        if (arguments.size() < 2) {
            throw usage("search needs the texts to search, then the phrase: search corpus \"human rights\"");
        }
        if (limit < 1) {
            throw usage("--limit must be at least 1, not " + limit);
        }
        PhraseQuery query;
        try {
            query = PhraseQuery.of(arguments.get(arguments.size() - 1), mode);
        } catch (IllegalArgumentException e) {
            throw usage("search: " + e.getMessage());
        }
        List<Path> inputs = paths(arguments.subList(0, arguments.size() - 1));
        TextIndex texts = TextIndex.openDefault();
        Corpus corpus = CorpusLoader.withIndex(texts).load(inputs);
        if (texts.problem() != null) {
            err().println("clausewise: search: " + texts.problem());
        }
        if (corpus.isEmpty()) {
            List<LoadFailure> failed = corpus.failures();
            throw new BadInputException("search: " + (failed.size() == 1 ? describe(failed.get(0))
                    : "none of the texts given could be read (" + failed.size() + " failed, first "
                    + (failed.isEmpty() ? "none" : describe(failed.get(0))) + ")"));
        }
        for (LoadFailure f : corpus.failures()) {
            err().println("clausewise: search: " + describe(f));
        }
        SearchResult result;
        try (SearchIndex index = SearchIndex.open(IndexFolders.forInputs(inputs))) {
            if (index.note() != null) {
                err().println("clausewise: search: " + index.note());
            }
            index.sync(CorpusTexts.of(corpus));
            result = index.searcher().search(query, limit);
        }
        out().println(json.on() ? Json.write(SearchJson.of(result)) : SearchText.render(result).stripTrailing());
        return corpus.failures().isEmpty() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    private static String describe(LoadFailure f) {
        return f.source().getFileName() + ": " + f.message();
    }

    private static List<Path> paths(List<String> names) throws BadInputException {
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            try {
                paths.add(Path.of(name));
            } catch (InvalidPathException e) {
                throw new BadInputException("'" + name + "' is not a valid file name");
            }
        }
        return paths;
    }

    /** An unknown mode is a usage mistake (exit 2), with the modes named. */
    static final class ModeConverter implements ITypeConverter<SearchMode> {
        @Override
        public SearchMode convert(String value) {
            try {
                return SearchMode.fromCliName(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
