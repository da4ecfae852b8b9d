package org.clausewise.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;
import org.clausewise.present.Presentation;
import org.clausewise.present.ViewOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare LEFT RIGHT [--json] [--pdf OUT.pdf] [--only-changes] [--hide-editorial]}: compares
 * two texts clause by clause. Without options it prints the readable text form; {@code --json}
 * prints the object of docs/cli-contract.md; {@code --pdf} writes the PDF (and prints nothing
 * unless {@code --json} is given too). {@code --only-changes} and {@code --hide-editorial} are the
 * window's two toggles: all three outputs show the rows the window would (one presentation).
 * Both texts are read and compared before anything is written.
 */
@Command(name = "compare",
        description = {"Compare two texts clause by clause.",
            "Each clause is unchanged, modified, added, removed or moved, with its word edits."},
        footer = {"", "The text form marks rows with = ~ + - > and edits as [-deleted-]{+inserted+}.",
            "", "Examples:",
            "  clausewise compare A-RES-61-168.txt A-RES-69-179.txt",
            "  clausewise compare A-RES-61-168.txt A-RES-69-179.txt --json",
            "  clausewise compare A-RES-61-168.txt A-RES-69-179.txt --pdf comparison.pdf",
            "  clausewise compare A-RES-61-168.txt A-RES-69-179.txt --only-changes",
            "", "--only-changes and --hide-editorial show the rows the window shows with its two toggles."})
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

    @Mixin
    ViewToggles view;

    @Override
    public Integer call() throws BadInputException, InputException, WriteFailedException {
        Comparison comparison = comparer.compare(read(left), read(right));
        Presentation shown = Presentation.of(comparison, view.options());
        if (pdf != null) {
            PdfOutput.write(comparison, pdf, shown.options(), List.of(Path.of(left), Path.of(right)));
        }
        if (json.on()) {
            out().println(Json.write(json(shown)));
        } else if (pdf == null) {
            out().print(ComparisonText.render(shown));
        }
        return ExitCode.OK;
    }

    static Resolution read(String file) throws BadInputException, InputException {
        try {
            return ResolutionFiles.read(Path.of(file));
        } catch (java.nio.file.InvalidPathException e) {
            throw new BadInputException("'" + file + "' is not a valid file name");
        }
    }

    /** The JSON object of docs/cli-contract.md, plus "verbChanged", "relation" and "subparagraphs" per row. */
    static Map<String, Object> json(Comparison c) {
        return json(Presentation.of(c, ViewOptions.ALL));
    }

    /**
     * The JSON object of the rows shown: every row by default (exactly the contract's object), only
     * the changes with {@code --only-changes}. A row's data stays the comparison's; with options,
     * a "view" object says which were given. See {@link ComparisonJson}.
     */
    static Map<String, Object> json(Presentation p) {
        return ComparisonJson.of(p);
    }
}
