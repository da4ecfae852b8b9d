package org.clausewise.corpus.index;

/** Bytes in the cache that are not what was written: damaged, cut short, or from other code. */
public final class CorruptDataException extends Exception {
    public CorruptDataException(String message) {
        super(message);
    }

    public CorruptDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
