package org.clausewise.compare;

/**
 * A word or a punctuation mark of a display text, with its place in that text.
 *
 * @param text  the characters as displayed
 * @param key   the comparable form ({@link org.clausewise.model.ComparableText} per character):
 *              two tokens are the same word when their keys are equal
 * @param lead  where the whitespace before the token starts; a run of tokens "owns" the space
 *              before it, so edits concatenate back into the texts they came from
 * @param start first character of the token
 * @param end   one past its last character
 * @param word  true for letters/digits, false for a punctuation mark
 */
record Token(String text, String key, int lead, int start, int end, boolean word) {

    /** True when the token touches what comes before it, as a footnote marker glued to a word does. */
    boolean glued() {
        return lead == start && start > 0;
    }
}
