package org.clausewise.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.brief.BriefProgress;
import org.clausewise.brief.SessionBriefBuilder;
import org.clausewise.corpus.Corpus;
import org.clausewise.export.SessionBriefPdf;
import org.clausewise.lineage.TextComparer;
import org.clausewise.model.Sessions;
import org.clausewise.present.BriefLine;
import org.clausewise.present.SessionBrief;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code brief FILES_OR_FOLDERS... --session N [--pdf OUT.pdf] [--json]}: the session brief. The
 * texts are grouped into series as the app groups them; each resolution of session N is compared
 * with the latest earlier text of its series, and its counts and substantive changes are printed
 * (and drawn as a PDF with a title page, contents, bookmarks and page numbers).
 */
@Command(name = "brief",
        description = {"Summarise one session: for each resolution, what changed against the previous text of its series.",
            "One entry per resolution of the session, by number: clauses new, changed (substantively) and dropped,"
                + " verb changes, editorial-only changes counted, then each substantive change in one line"
                + " (\"OP 12: Welcomes \u2192 Recalls; + \u201C\u2026\u201D\"). A series with no earlier text says so."
                + " Texts that cannot be read are named on stderr; the exit is 1 when none can be read."},
        footer = {"", "Examples:",
            "  clausewise brief ../shared/pdf/78 ../shared/pdf/79 --session 79 --pdf brief-79.pdf",
            "  clausewise brief corpus --session 69 --json"})
final class BriefCommand extends CliCommand {
    @Mixin
    FilesOrFolders inputs;

    @Option(names = "--session", required = true, paramLabel = "N",
            description = "The session to summarise, e.g. 79.")
    int session;

    @Option(names = "--pdf", paramLabel = "OUT.pdf",
            description = "Also write the brief as PDF (A4: title page, contents, bookmarks, page numbers).")
    String pdf;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws BadInputException, WriteFailedException {
        if (session < 1 || session > 999) {
            throw usage("--session must be a session number such as 79, not " + session);
        }
        Path out = pdf == null ? null : outFile(pdf);
        List<Path> given = inputs.paths();
        Corpus corpus = IndexedCorpus.load(given, err(), "brief");
        SessionBrief brief = new SessionBriefBuilder(TextComparer.engine()).build(corpus, session, BriefProgress.NONE);
        for (String s : brief.skipped()) {
            err().println("clausewise: brief: skipped " + s);
        }
        if (brief.lines().isEmpty()) {
            throw new BadInputException("brief: no text of the " + Sessions.ordinal(session)
                    + " session among the " + corpus.entries().size() + " texts given");
        }
        if (out != null) {
            try {
                List<Path> read = new ArrayList<>(given);
                corpus.entries().forEach(e -> read.add(e.source())); // a folder's texts are inputs too
                SessionBriefPdf.write(brief, out, read);
            } catch (IOException e) {
                String msg = e.getMessage() == null ? "cannot write " + out : e.getMessage();
                throw new WriteFailedException(msg.lines().findFirst().orElse(msg), e);
            }
        }
        out().println(json.on() ? Json.write(toJson(brief)) : toText(brief).stripTrailing());
        return ExitCode.OK;
    }

    private static Path outFile(String file) throws WriteFailedException {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new WriteFailedException("cannot write '" + file + "': not a valid file name", e);
        }
    }

    static String toText(SessionBrief brief) {
        StringBuilder sb = new StringBuilder();
        sb.append("Session brief: ").append(Sessions.ordinal(brief.session())).append(" session, ")
                .append(brief.lines().size()).append(" resolutions (").append(brief.withPrevious())
                .append(" with a previous text)\n");
        for (BriefLine l : brief.lines()) {
            sb.append('\n').append(l.symbol()).append("  ").append(l.title() == null ? "(no title)" : l.title())
                    .append('\n');
            sb.append("  ").append(l.countsLine()).append('\n');
            for (String change : l.changes()) {
                sb.append("    ").append(change).append('\n');
            }
        }
        return sb.toString();
    }

    static Map<String, Object> toJson(SessionBrief brief) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("session", brief.session());
        List<Object> lines = new ArrayList<>();
        for (BriefLine l : brief.lines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("symbol", l.symbol());
            m.put("title", l.title());
            m.put("file", l.file());
            m.put("previous", l.previousSymbol());
            m.put("previousSession", l.previousSession());
            m.put("new", l.added());
            m.put("changed", l.changed());
            m.put("dropped", l.dropped());
            m.put("verbChanges", l.verbChanges());
            m.put("editorial", l.editorial());
            m.put("changes", l.changes());
            lines.add(m);
        }
        root.put("resolutions", lines);
        root.put("skipped", brief.skipped());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("resolutions", brief.lines().size());
        summary.put("withPrevious", brief.withPrevious());
        summary.put("changes", brief.totalChanges());
        root.put("summary", summary);
        return root;
    }
}
