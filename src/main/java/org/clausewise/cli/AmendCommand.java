package org.clausewise.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.amend.AmendedDraft;
import org.clausewise.amend.DraftAmender;
import org.clausewise.amend.InstructionOutcome;
import org.clausewise.compare.ResolutionComparer;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.present.Presentation;
import org.clausewise.present.ViewOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code amend DRAFT AMENDMENT... [--json] [--pdf OUT.pdf] [--only-changes]}: the draft as amended.
 * DRAFT is the draft's file, or a folder in which the draft the amendments name is found by its
 * symbol (its latest revision). Every instruction is applied in order, or reported as not applied
 * with the reason; the amended text is shown as changes against the draft, as {@code compare} shows
 * two texts. Everything is read and applied before anything is written.
 */
@Command(name = "amend",
        description = {"Apply amendments to their draft and show the draft as amended.",
            "Each instruction (delete, replace, insert, add) is applied in order, or reported as not applied with"
                + " the reason (paragraph not found, words not found or found twice, quoted text that does not match)."
                + " The amended text's clauses are shown as changes against the draft."},
        footer = {"", "DRAFT is the draft's file, or a folder where the draft the amendments name is found by its symbol"
                + " (its latest revision: A/C.3/80/L.2/Rev.1 for an amendment to A/C.3/80/L.2; the one used is said).",
            "", "The text form marks clauses with = ~ + - > and edits as [-deleted-]{+inserted+}.",
            "", "Examples:",
            "  clausewise amend A_80_L.18.pdf A_80_L.19.pdf A_80_L.20.pdf",
            "  clausewise amend drafts-folder A_80_L.19.pdf --json",
            "  clausewise amend A_80_L.18.pdf A_80_L.19.pdf --pdf amended.pdf"})
final class AmendCommand extends CliCommand {
    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft (a file), or a folder that holds it.")
    String draft;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "AMENDMENT",
            description = "Amendments to the draft (files), applied in the order given.")
    List<String> amendments = new ArrayList<>();

    @Mixin
    JsonOption json;

    @Option(names = "--pdf", paramLabel = "OUT.pdf",
            description = "Write the draft and the draft as amended side by side as an A4-landscape PDF"
                    + " (prints nothing unless --json is given too).")
    String pdf;

    @Option(names = "--only-changes", description = "Show only the clauses the amendments changed (text, JSON and PDF).")
    boolean onlyChanges;

    @Override
    public Integer call() throws BadInputException, InputException, WriteFailedException {
        List<Resolution> read = new ArrayList<>();
        for (String file : amendments) {
            read.add(amendment(file));
        }
        AmendedDrafts.Chosen chosen = AmendedDrafts.choose(path(draft), read);
        AmendedDraft result = new DraftAmender().apply(chosen.draft(), read);
        Comparison comparison = new ResolutionComparer().compare(result.draft(), result.amended());
        Presentation shown = Presentation.of(comparison, new ViewOptions(onlyChanges, true));
        if (pdf != null) {
            List<Path> inputs = new ArrayList<>(List.of(chosen.source()));
            for (String file : amendments) {
                inputs.add(path(file));
            }
            PdfOutput.write(comparison, pdf, shown.options(), inputs, pdfNotes(result, chosen.note()));
        }
        if (json.on()) {
            out().println(Json.write(AmendJson.of(result, chosen.note(), shown)));
        } else if (pdf == null) {
            out().print(AmendText.render(result, chosen.note(), shown));
        }
        return ExitCode.OK;
    }

    /** The first page of the PDF says, as the text form does, what each instruction did. */
    private static List<String> pdfNotes(AmendedDraft result, String note) {
        List<String> notes = new ArrayList<>();
        if (note != null) {
            notes.add("Note: " + note + ".");
        }
        notes.add("Instructions: " + result.appliedCount() + " of " + result.outcomes().size() + " applied.");
        for (InstructionOutcome o : result.outcomes()) {
            notes.add(o.describe());
        }
        return notes;
    }

    private static Resolution amendment(String file) throws BadInputException, InputException {
        Path p = path(file);
        if (Files.isDirectory(p)) {
            throw new BadInputException("amend: " + file + " is a folder; name each amendment's file");
        }
        Resolution r = ResolutionFiles.read(p);
        if (r.kind() != ResolutionKind.AMENDMENT || r.amendment() == null) {
            throw new BadInputException("amend: " + p.getFileName() + " is a " + r.kind().displayName().toLowerCase(
                    java.util.Locale.ROOT) + ", not an amendment");
        }
        return r;
    }

    static Path path(String name) throws BadInputException {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new BadInputException("'" + name + "' is not a valid file name");
        }
    }
}
