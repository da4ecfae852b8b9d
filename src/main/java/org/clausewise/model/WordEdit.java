package org.clausewise.model;

/**
 * One run of a word-level diff, in reading order. {@code text} is display text (left text for
 * EQUAL and DELETE, right text for INSERT). {@code editorial} marks an insert or delete that is
 * only typographic or OCR noise.
 */
public record WordEdit(EditOp op, String text, boolean editorial) {
}
