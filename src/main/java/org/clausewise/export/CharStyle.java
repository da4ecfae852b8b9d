package org.clausewise.export;

/**
 * The look of one character of clause text: its change mark, whether it is the italic operative
 * verb (as the UN prints it), whether it is a raised footnote mark, and whether it is set bold (a
 * section heading's words).
 */
record CharStyle(Mark mark, boolean italic, boolean superscript, boolean bold) {
    static final CharStyle PLAIN = new CharStyle(Mark.NONE, false, false);

    CharStyle(Mark mark, boolean italic, boolean superscript) {
        this(mark, italic, superscript, false);
    }

    CharStyle withMark(Mark m) {
        return new CharStyle(m, italic, superscript, bold);
    }
}
