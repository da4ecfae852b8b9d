package org.clausewise.export;

/**
 * The look of one character of clause text: its change mark, whether it is the italic operative
 * verb (as the UN prints it), and whether it is a raised footnote mark.
 */
record CharStyle(Mark mark, boolean italic, boolean superscript) {
    static final CharStyle PLAIN = new CharStyle(Mark.NONE, false, false);

    CharStyle withMark(Mark m) {
        return new CharStyle(m, italic, superscript);
    }
}
