package org.clausewise.export;

/** A run of same-styled text on one line, {@code x} points from the start of its text box. */
record Fragment(String text, float x, float width, CharStyle style) {
}
