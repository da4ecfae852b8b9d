package org.clausewise.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.ingest.InputException;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code parse FILES_OR_FOLDERS... [--json]}: parses texts and prints them, as the contract JSON
 * or as readable outlines. One file given: the single object of docs/cli-contract.md, or one line
 * on stderr and exit 1. Several, or a folder: one JSON object per line (JSON Lines) naming its
 * {@code file}, a text that cannot be read being {@code {"file": …, "error": …}}, and the others
 * still read; exit 1 if any failed.
 */
@Command(name = "parse",
        description = "Parse texts and print their clauses, footnotes and warnings.",
        footer = {"", "With one FILE, --json prints one object. With several files or a folder it prints one object per"
                + " line (JSON Lines), each with its \"file\"; a text that cannot be read is a line {\"file\": ...,"
                + " \"error\": ...}, the others are still read, and the exit code is 1.",
            "", "Examples:",
            "  clausewise parse corpus/A-RES-79-175.txt --json",
            "  clausewise parse corpus --json > texts.jsonl"})
final class ParseCommand extends CliCommand {
    @Mixin
    FilesOrFolders inputs;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws BadInputException, InputException {
        if (inputs.isOneFile()) {
            Resolution r = ResolutionFiles.read(inputs.expand().get(0).file());
            out().println(json.on() ? Json.write(ResolutionJson.of(r)) : ResolutionOutline.of(r));
            return ExitCode.OK;
        }
        List<FilesOrFolders.Input> texts = inputs.expand();
        int failed = 0;
        for (FilesOrFolders.Input in : texts) {
            String error = in.problem();
            Resolution r = null;
            if (error == null) {
                try {
                    r = ResolutionFiles.read(in.file());
                } catch (InputException e) {
                    error = e.getMessage();
                } catch (RuntimeException | StackOverflowError e) {
                    // a parser fault on one text must not cost the others their lines
                    error = in.file() + ": could not be parsed (" + e.getClass().getSimpleName() + ")";
                }
            }
            if (error != null) {
                failed++;
            }
            print(in, r, error);
            if (out().checkError()) {
                break; // stdout is gone (a closed pipe): reading on would be for nothing; Main says so
            }
        }
        if (failed > 0) {
            // in JSON the errors are lines of the output; in text each had its line on stderr already
            if (json.on() || texts.size() > 1) {
                err().println("clausewise: parse: " + failed + " of " + texts.size() + " could not be read");
            }
            return ExitCode.BAD_INPUT;
        }
        return ExitCode.OK;
    }

    private void print(FilesOrFolders.Input in, Resolution r, String error) {
        String file = in.file().toString();
        if (json.on()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", file);
            if (error != null) {
                line.put("error", error);
            } else {
                line.putAll(ResolutionJson.of(r));
            }
            out().println(Json.writeLine(line));
        } else if (error != null) {
            err().println("clausewise: " + error);
        } else {
            out().println("==> " + file + " <==");
            out().println(ResolutionOutline.of(r));
            out().println();
        }
    }
}
