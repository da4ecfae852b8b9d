package org.clausewise.corpus;

import org.clausewise.model.Resolution;

/** Reads the whole parsed text of a file the library knows by its summary. */
@FunctionalInterface
interface TextOpener {
    /** The text; throws {@link TextUnavailableException} with a one-line reason. */
    Resolution open();
}
