package org.clausewise.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.LoadFailure;
import org.clausewise.corpus.TextIndex;

/**
 * The texts of a command that groups them into series ({@code series}, {@code brief}), read through
 * the index in the cache folder: each text that cannot be read named on stderr, an error only when
 * none can be read.
 */
final class IndexedCorpus {
    private IndexedCorpus() {
    }

    static Corpus load(List<Path> paths, PrintStream err, String command) throws BadInputException {
        TextIndex index = TextIndex.openDefault();
        Corpus corpus = CorpusLoader.withIndex(index).load(paths);
        for (LoadFailure f : corpus.failures()) {
            err.println("clausewise: " + command + ": skipped " + f.source().getFileName() + ": " + f.message());
        }
        if (index.problem() != null) {
            err.println("clausewise: " + command + ": " + index.problem());
        }
        if (corpus.isEmpty()) {
            throw new BadInputException(command + ": none of the texts given could be read");
        }
        return corpus;
    }
}
