package org.clausewise.model;

import java.util.Locale;

/**
 * How much a wording change matters. Editorial: only spacing, hyphen and quote variants, case,
 * footnote markers or OCR-style slips. Substantive: anything a reader must weigh.
 */
public enum ChangeClass {
    EDITORIAL, SUBSTANTIVE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
