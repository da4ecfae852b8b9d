package org.clausewise.cli;

import java.io.PrintStream;
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

/**
 * {@code compare LEFT RIGHT [--json] [--pdf OUT.pdf]}: compares two texts clause by clause.
 * Without options it prints the readable text form; {@code --json} prints the object of
 * DESIGN.md; {@code --pdf} writes the PDF (and prints nothing unless {@code --json} is given too).
 * Both texts are read and compared before anything is written.
 */
final class CompareCommand implements Command {
    private final ResolutionComparer comparer = new ResolutionComparer();

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> files = new ArrayList<>();
        boolean json = false;
        Path pdf = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--pdf")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--pdf needs an output file: compare LEFT RIGHT --pdf OUT.pdf");
                }
                pdf = Path.of(args.get(++i));
            } else if (a.startsWith("-")) {
                throw new UsageException("unknown option '" + a + "'; usage: compare LEFT RIGHT [--json | --pdf OUT.pdf]");
            } else {
                files.add(a);
            }
        }
        if (files.size() != 2) {
            throw new UsageException("compare needs two files: compare LEFT RIGHT [--json | --pdf OUT.pdf]");
        }
        Comparison comparison = comparer.compare(read(files.get(0)), read(files.get(1)));
        if (pdf != null) {
            PdfOutput.write(comparison, pdf, List.of(Path.of(files.get(0)), Path.of(files.get(1))));
        }
        if (json) {
            out.println(Json.write(json(comparison)));
        } else if (pdf == null) {
            out.print(ComparisonText.render(comparison));
        }
        return 0;
    }

    private static Resolution read(String file) throws UsageException {
        try {
            return ResolutionFiles.read(Path.of(file));
        } catch (InputException e) {
            throw new UsageException(e.getMessage());
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("not a valid file name: " + file);
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
