package org.clausewise.model;

/** Small helpers for naming General Assembly sessions. */
public final class Sessions {
    private Sessions() {
    }

    /** 61 → "61st", 62 → "62nd", 63 → "63rd", 72 → "72nd", 11 → "11th". */
    public static String ordinal(int n) {
        int mod100 = n % 100;
        if (mod100 >= 11 && mod100 <= 13) {
            return n + "th";
        }
        switch (n % 10) {
            case 1: return n + "st";
            case 2: return n + "nd";
            case 3: return n + "rd";
            default: return n + "th";
        }
    }
}
