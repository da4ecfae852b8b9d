package org.clausewise.corpus;

/** A text the library lists could not be opened; the message is the one line a user reads. */
public final class TextUnavailableException extends RuntimeException {
    public TextUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
