package org.clausewise.ingest;

/** The text is readable but no preambular or operative clause could be found in it. */
public class NotAResolutionException extends InputException {
    private static final long serialVersionUID = 1L;

    public NotAResolutionException(String message) {
        super(message);
    }
}
