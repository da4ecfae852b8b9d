package org.clausewise.ingest.pdf;

/** A PDF that cannot be read as text; the message is the one line a user reads. */
public final class PdfRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public PdfRefusedException(String message) {
        super(message);
    }

    public PdfRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
