package org.clausewise.model;

import java.util.Locale;

/**
 * How much a wording change matters. Editorial: only spacing, hyphen and quote variants, case,
 * footnote markers or OCR-style slips. Substantive: anything a reader must weigh.
 */
public enum ChangeClass {
    EDITORIAL, SUBSTANTIVE;

    /** The stronger of two classes, either of which may be null (no change). */
    public static ChangeClass stronger(ChangeClass a, ChangeClass b) {
        if (a == SUBSTANTIVE || b == SUBSTANTIVE) {
            return SUBSTANTIVE;
        }
        return a != null ? a : b;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
