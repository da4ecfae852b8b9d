package org.clausewise.model;

/**
 * How finely two texts were compared. Word by word is the rule; a text too long for that (the
 * work of a word diff grows with the product of the two lengths where they differ much) is
 * compared sentence by sentence, and past that as one block between the words both share at
 * its start and end. Either way the result is correct, only coarser, and the view says so.
 */
public enum DiffGranularity {
    WORDS(null),
    SENTENCES("compared sentence by sentence: too long for a word-by-word comparison"),
    WHOLE("compared as one block: too long for a word-by-word comparison");

    private final String note;

    DiffGranularity(String note) {
        this.note = note;
    }

    /** What the view says about a coarse comparison; null for a word-by-word one. */
    public String note() {
        return note;
    }
}
