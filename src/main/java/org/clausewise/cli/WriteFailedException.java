package org.clausewise.cli;

/**
 * An output file could not be written (exit {@link ExitCode#WRITE_FAILED}); its message is the one
 * line the user sees on stderr. A failed write to standard output is noticed by {@link Main} itself.
 */
public class WriteFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public WriteFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
