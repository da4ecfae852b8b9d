package org.clausewise.corpus;

import java.nio.file.Path;

/** A file that could not be added to the library, with the one-line reason a user reads. */
public record LoadFailure(Path source, String message) {
}
