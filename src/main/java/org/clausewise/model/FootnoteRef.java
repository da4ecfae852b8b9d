package org.clausewise.model;

/**
 * A footnote marker that stood in a clause's text. The marker itself is stripped from the clause
 * text; {@code offset} is the character position in the clause's display text where it stood
 * (just after the word it was glued to), so a viewer can draw it as a superscript.
 */
public record FootnoteRef(String mark, int offset) {
}
