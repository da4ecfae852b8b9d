package org.clausewise.cli;

/**
 * The input cannot be used (exit {@link ExitCode#BAD_INPUT}): its message is the one line the
 * user sees on stderr. {@link org.clausewise.ingest.InputException} is treated the same way, so
 * a command may simply let it through.
 */
public class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
