package org.clausewise.ingest;

/**
 * The start of a word in a regular expression, for patterns used with {@code find()}.
 *
 * <p>Not {@code \b}: Java checks {@code \b} next to a combining mark by scanning back over all
 * the marks before it for their base letter, so a pattern that starts with {@code \b} costs the
 * length of a run of combining marks at every position of it — quadratic, and a fuzzed text
 * with a long run of U+0301 hung the parser. This look-behind checks one character: not a
 * letter, digit or underscore (what {@code \b} counts as a word character).
 */
public final class WordStart {
    public static final String REGEX = "(?<![\\p{L}\\p{Nd}_])";

    private WordStart() {
    }
}
