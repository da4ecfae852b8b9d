package org.clausewise.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.compare.ComparisonText;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeSummary;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubparagraphRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare LEFT RIGHT [--json] [--pdf OUT.pdf]}: compares two texts clause by clause.
 * Without options it prints the readable text form; {@code --json} prints the object of
 * docs/cli-contract.md; {@code --pdf} writes the PDF (and prints nothing unless {@code --json} is
 * given too). Both texts are read and compared before anything is written.
 */
@Command(name = "compare",
        description = {"Compare two texts clause by clause.",
            "Each clause is unchanged, modified, added, removed or moved, with its word edits."},
        footer = {"", "The text form marks rows with = ~ + - > and edits as [-deleted-]{+inserted+}.",
            "", "Examples:",
            "  clausewise compare A-RES-61-168.txt A-RES-69-179.txt",
            "  clausewise compare A-RES-61-168.txt A-RES-69-179.txt --json",
            "  clausewise compare A-RES-61-168.txt A-RES-69-179.txt --pdf comparison.pdf"})
final class CompareCommand extends CliCommand {
    private final ResolutionComparer comparer = new ResolutionComparer();

    @Parameters(index = "0", paramLabel = "LEFT", description = "The earlier text (a file).")
    String left;

    @Parameters(index = "1", paramLabel = "RIGHT", description = "The later text (a file).")
    String right;

    @Mixin
    JsonOption json;

    @Option(names = "--pdf", paramLabel = "OUT.pdf",
            description = "Write the comparison as an A4-landscape PDF (prints nothing unless --json is given too).")
    String pdf;

    @Override
    public Integer call() throws BadInputException, InputException, WriteFailedException {
        Comparison comparison = comparer.compare(read(left), read(right));
        if (pdf != null) {
            PdfOutput.write(comparison, pdf);
        }
        if (json.on()) {
            out().println(Json.write(json(comparison)));
        } else if (pdf == null) {
            out().print(ComparisonText.render(comparison));
        }
        return ExitCode.OK;
    }

    private static Resolution read(String file) throws BadInputException, InputException {
        try {
            return ResolutionFiles.read(Path.of(file));
        } catch (java.nio.file.InvalidPathException e) {
            throw new BadInputException("'" + file + "' is not a valid file name");
        }
    }

    /** The JSON object of DESIGN.md, plus "verbChanged", "relation" and "subparagraphs" per row. */
    static Map<String, Object> json(Comparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("left", JsonParts.header(c.left()));
        m.put("right", JsonParts.header(c.right()));
        m.put("preamble", rows(c.preamble()));
        m.put("operative", rows(c.operative()));
        ChangeSummary s = c.summary();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("unchanged", s.unchanged());
        summary.put("modified", s.modified());
        summary.put("added", s.added());
        summary.put("removed", s.removed());
        summary.put("moved", s.moved());
        summary.put("editorial", s.editorial());
        summary.put("substantive", s.substantive());
        summary.put("verbChanges", s.verbChanges());
        m.put("summary", summary);
        return m;
    }

    private static List<Object> rows(List<ClauseRow> rows) {
        List<Object> out = new ArrayList<>(rows.size());
        for (ClauseRow row : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("left", row.leftNumber());
            m.put("right", row.rightNumber());
            m.put("status", row.kind().jsonName());
            m.put("class", className(row.changeClass()));
            m.put("similarity", row.diff().similarity());
            m.put("edits", JsonParts.edits(row.diff()));
            m.put("verbChanged", row.verbChanged());
            m.put("relation", row.relation().name().toLowerCase(java.util.Locale.ROOT));
            List<Object> subs = new ArrayList<>();
            for (SubparagraphRow sub : row.subparagraphs()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("left", sub.left() == null ? null : sub.left().label());
                sm.put("right", sub.right() == null ? null : sub.right().label());
                sm.put("status", sub.kind().jsonName());
                sm.put("class", className(sub.diff().changeClass()));
                sm.put("similarity", sub.diff().similarity());
                sm.put("edits", JsonParts.edits(sub.diff()));
                subs.add(sm);
            }
            m.put("subparagraphs", subs);
            out.add(m);
        }
        return out;
    }

    private static String className(ChangeClass c) {
        return c == null ? null : c.jsonName();
    }
}
