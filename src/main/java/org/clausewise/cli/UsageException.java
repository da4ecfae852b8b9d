package org.clausewise.cli;

/** Bad input or bad arguments: its message is the one line the user sees on stderr. */
public class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
