package org.clausewise.model;

import java.util.Locale;

/** A run of words kept, inserted (only in the right text) or deleted (only in the left text). */
public enum EditOp {
    EQUAL, INSERT, DELETE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
