package org.clausewise.ingest;

/**
 * A text that cannot be read as a resolution: missing, empty, binary, too large, not UTF-8, or not
 * a resolution at all. {@link #getMessage()} is one line a user can act on; callers print it as is.
 */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
