package org.clausewise.corpus;

import java.nio.file.Path;
import org.clausewise.model.Resolution;

/** Reads the whole parsed text of a file the library knows by its summary. */
@FunctionalInterface
interface TextOpener {
    /** The text of {@code source}; throws {@link TextUnavailableException} with a one-line reason. */
    Resolution open(Path source);
}
