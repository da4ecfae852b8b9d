package org.clausewise.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way a date is written for a person, in the window, the PDF and the command line's text:
 * "19 Dec 2006" (day, short English month, year; as UN documents name months, with no doubt
 * about which number is the day). Machine formats (JSON) keep ISO dates.
 */
public final class Dates {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    /** "19 Dec 2006", or "" for no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }
}
