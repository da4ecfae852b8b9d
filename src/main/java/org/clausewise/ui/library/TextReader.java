package org.clausewise.ui.library;

import org.clausewise.model.Resolution;

import java.nio.file.Path;

/** Reads one text file into a {@link Resolution}; failures carry a one-line message for the user. */
@FunctionalInterface
public interface TextReader {
    Resolution read(Path file) throws Exception;
}
