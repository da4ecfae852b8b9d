package org.clausewise.model;

/** A footnote of the text: its mark as printed ("1", "*") and its text. */
public record Footnote(String mark, String text) {
}
