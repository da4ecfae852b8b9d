package org.clausewise.corpus.search;

import java.util.Locale;

/**
 * How a phrase is matched against the clauses of the corpus.
 *
 * <ul>
 *   <li>{@link #EXACT}: the phrase's words in the same order, with the same punctuation between
 *       them and the same case; only spacing and typographic variants of one character (curly or
 *       straight quotes, non-breaking hyphens, ligatures) are set aside, as in {@code ComparableText}.
 *   <li>{@link #WORDS}: every word of the phrase somewhere in the clause, in any order, any case.
 *   <li>{@link #NEAR}: the phrase's words in order, ignoring editorial noise as well: case,
 *       accents, punctuation, hyphens and apostrophes inside words ("co-operation" finds
 *       "cooperation"), and footnote digits left glued to a word ("Rights2").
 * </ul>
 */
public enum SearchMode {
    EXACT("exact phrase"), WORDS("all words, any order"), NEAR("near matches");

    private final String description;

    SearchMode(String description) {
        this.description = description;
    }

    /** The name used on the command line and in JSON: "exact", "words", "near". */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a user reads in the mode chooser: "exact phrase", "all words, any order", "near matches". */
    public String description() {
        return description;
    }

    /** The mode named on the command line; {@link IllegalArgumentException} with a readable message otherwise. */
    public static SearchMode fromCliName(String name) {
        for (SearchMode m : values()) {
            if (m.cliName().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown search mode '" + name + "'; choose exact, words or near");
    }
}
