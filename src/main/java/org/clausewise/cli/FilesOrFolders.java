package org.clausewise.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.ingest.ResolutionFiles;
import picocli.CommandLine.Parameters;

/**
 * The {@code FILES_OR_FOLDERS...} arguments of a command ({@code @Mixin FilesOrFolders inputs;}):
 * texts named one by one, or folders standing for the texts in them. A folder gives the files
 * {@link ResolutionFiles#isCandidate} accepts, by name, leaving out hidden files and notes such as
 * README or SOURCES.md, as the app's library does; it is not searched below its first level. A
 * command whose positional arguments hold more than files can call {@link #expand(List)} itself.
 */
public final class FilesOrFolders {
    @Parameters(arity = "1..*", paramLabel = "FILES_OR_FOLDERS",
            description = "Texts to read; a folder stands for the texts in it (not its sub-folders).")
    List<String> given = new ArrayList<>();

    /** One text, or a folder's text, to read; {@code problem} is set when there is nothing to read. */
    public record Input(Path file, String problem) {
    }

    public List<Input> expand() throws BadInputException {
        return expand(given);
    }

    /** The paths as given, for a reader that lists folders itself (the corpus loader). */
    public List<Path> paths() throws BadInputException {
        List<Path> paths = new ArrayList<>();
        for (String name : given) {
            paths.add(path(name));
        }
        return paths;
    }

    /** True when exactly one argument was given and it is not a folder: one text, whatever happens. */
    public boolean isOneFile() {
        try {
            return given.size() == 1 && !Files.isDirectory(Path.of(given.get(0)));
        } catch (InvalidPathException e) {
            return given.size() == 1; // refused as one file when it is read
        }
    }

    /** Every text to read, in the order given, folders replaced by their texts. */
    public static List<Input> expand(List<String> given) throws BadInputException {
        List<Input> inputs = new ArrayList<>();
        for (String name : given) {
            Path p = path(name);
            if (!Files.isDirectory(p)) {
                inputs.add(new Input(p, null));
                continue;
            }
            try (Stream<Path> list = Files.list(p)) {
                List<Path> texts = list.filter(ResolutionFiles::isCandidate)
                        .filter(f -> !CorpusLoader.isHiddenOrNotes(f)).sorted().toList();
                if (texts.isEmpty()) {
                    inputs.add(new Input(p, p + ": the folder holds no texts to read"));
                }
                texts.forEach(t -> inputs.add(new Input(t, null)));
            } catch (IOException | SecurityException e) {
                inputs.add(new Input(p, p + ": the folder could not be read"));
            }
        }
        return inputs;
    }

    private static Path path(String name) throws BadInputException {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new BadInputException("'" + name + "' is not a valid file name");
        }
    }
}
