package org.clausewise.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clausewise.amend.DraftLookup;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;

/**
 * The draft {@code amend} applies amendments to: the file given, when it is the draft they name (or a
 * later revision of it, or a draft without a symbol); or, in a folder, the latest revision of the
 * draft they name. Amendments to different drafts, or a draft that is not there, are bad input.
 */
final class AmendedDrafts {
    /**
     * The draft to amend, the file it was read from, and, when worth saying, which one was used and why
     * ("the latest revision of …").
     */
    record Chosen(Resolution draft, Path source, String note) {
    }

    private AmendedDrafts() {
    }

    static Chosen choose(Path draftOrFolder, List<Resolution> amendments) throws BadInputException, InputException {
        String named = named(amendments);
        if (Files.isDirectory(draftOrFolder)) {
            return inFolder(draftOrFolder, named, amendments);
        }
        Resolution draft = ResolutionFiles.read(draftOrFolder);
        if (draft.kind() == ResolutionKind.AMENDMENT) {
            throw new BadInputException("amend: " + draftOrFolder.getFileName() + " is an amendment, not the draft it amends"
                    + " (name the draft first)");
        }
        if (named == null) {
            return new Chosen(draft, draftOrFolder, "the amendment does not say which draft it amends; applied to the draft given");
        }
        if (draft.symbol() == null) {
            return new Chosen(draft, draftOrFolder, "the draft given has no symbol; the amendments name " + named);
        }
        DraftLookup.Found<Resolution> found = DraftLookup.find(named, List.of(draft), Resolution::symbol);
        if (found.used().isEmpty()) {
            throw new BadInputException("amend: " + found.describe() + ": " + by(amendments) + " amends " + named
                    + ", the draft given is " + draft.symbol());
        }
        return new Chosen(draft, draftOrFolder, found.isRevision() ? "applied to " + found.describe() : null);
    }

    private static Chosen inFolder(Path folder, String named, List<Resolution> amendments) throws BadInputException {
        if (named == null) {
            throw new BadInputException("amend: the amendment does not say which draft it amends; name the draft's file");
        }
        Corpus texts = new CorpusLoader().load(List.of(folder));
        DraftLookup.Found<CorpusEntry> found = DraftLookup.find(named, texts.entries(), e -> e.summary().symbol());
        if (found.used().isEmpty()) {
            throw new BadInputException("amend: " + found.describe() + " in " + folder + " (" + by(amendments)
                    + " amends it; " + texts.entries().size() + " texts read there)");
        }
        String file = found.used().get().fileName();
        return new Chosen(found.used().get().resolution(), found.used().get().source(), "applied to " + found.describe() + ", read from " + file);
    }

    /** The draft the amendments name, the same for all; null when none names one. */
    private static String named(List<Resolution> amendments) throws BadInputException {
        String first = null;
        for (Resolution a : amendments) {
            String s = a.amendment().draftSymbol();
            if (s == null) {
                continue;
            }
            if (first != null && !DraftLookup.sameDraft(first, s)) {
                throw new BadInputException("amend: the amendments amend different drafts (" + first + ", " + s
                        + "); give the amendments to one draft");
            }
            first = first == null ? s : first;
        }
        return first;
    }

    private static String by(List<Resolution> amendments) {
        return amendments.size() == 1 ? amendments.get(0).displayName() : "the amendments";
    }
}
