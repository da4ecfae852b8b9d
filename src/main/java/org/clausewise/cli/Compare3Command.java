package org.clausewise.cli;

import java.nio.file.Path;
import java.util.List;
import org.clausewise.compare.ThreeWayComparer;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.ingest.InputException;
import org.clausewise.present.ThreeWayPresentation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare3 PREVIOUS DRAFT ADOPTED [--json] [--pdf OUT.pdf] [--only-changes] [--hide-editorial]}:
 * the negotiation view on the command line. Every clause across last session's resolution, this
 * session's draft and the adopted text, with its story; the same presentation as the window's
 * three columns and the three-column PDF. All three texts are read and compared before anything
 * is written.
 */
@Command(name = "compare3",
        description = {"Compare last session's resolution, this session's draft and the adopted text.",
            "Each clause gets its story: carried over unchanged, changed from last year, new this session, not"
                + " carried over, changed in negotiation, added in negotiation, dropped in negotiation, restored."},
        footer = {"", "The text form marks rows with = ~ + - ! * x ^ (in the order of the stories above), gives the"
                + " clause's number in each text (- where a text lacks it) and each step that changed it as"
                + " [-deleted-]{+inserted+}.",
            "", "Examples:",
            "  clausewise compare3 A-RES-65-218.txt A-67-draft-Third-Committee.txt A-RES-67-169.txt",
            "  clausewise compare3 A-RES-65-218.txt A-67-draft-Third-Committee.txt A-RES-67-169.txt --json",
            "  clausewise compare3 A-RES-65-218.txt A-67-draft-Third-Committee.txt A-RES-67-169.txt --pdf n.pdf"})
final class Compare3Command extends CliCommand {
    private final ThreeWayComparer comparer = new ThreeWayComparer();

    @Parameters(index = "0", paramLabel = "PREVIOUS", description = "Last session's resolution (a file).")
    String previous;

    @Parameters(index = "1", paramLabel = "DRAFT", description = "This session's draft or revision (a file).")
    String draft;

    @Parameters(index = "2", paramLabel = "ADOPTED", description = "The text adopted this session (a file).")
    String adopted;

    @Mixin
    JsonOption json;

    @Option(names = "--pdf", paramLabel = "OUT.pdf",
            description = "Write the three columns as an A4-landscape PDF (prints nothing unless --json is given too).")
    String pdf;

    @Mixin
    ViewToggles view;

    @Override
    public Integer call() throws BadInputException, InputException, WriteFailedException {
        ThreeWayComparison comparison = comparer.compare(CompareCommand.read(previous), CompareCommand.read(draft),
                CompareCommand.read(adopted));
        ThreeWayPresentation shown = ThreeWayPresentation.of(comparison, view.options());
        if (pdf != null) {
            PdfOutput.write(comparison, pdf, shown.options(), List.of(Path.of(previous), Path.of(draft),
                    Path.of(adopted)));
        }
        if (json.on()) {
            out().println(Json.write(ThreeWayJson.of(shown)));
        } else if (pdf == null) {
            out().print(ThreeWayText.render(shown));
        }
        return ExitCode.OK;
    }
}
