package org.clausewise.corpus;

import java.nio.file.Path;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;

/** Reads one file into a resolution; its exception message is the one line a user will read. */
@FunctionalInterface
public interface ResolutionReader {
    Resolution read(Path file) throws Exception;

    /** The parser of package ingest. */
    static ResolutionReader parser() {
        return ResolutionFiles::read;
    }
}
