package org.clausewise.export;

import java.awt.Color;

/**
 * The PDF's colours. Insertions green and underlined, deletions red and struck through, so the
 * page still reads in black and white; editorial changes in grey with the same lines, quieter.
 * (java.awt.Color is plain data here; PDFBox takes it, and it pulls in no windowing.)
 */
final class Palette {
    private Palette() {
    }

    static final Color INK = new Color(0x1F2328);
    static final Color MUTED = new Color(0x57606A);
    static final Color RULE = new Color(0xD0D7DE);
    static final Color GAP = new Color(0xF1F3F5);

    static final Color INSERT_TEXT = new Color(0x116329);
    static final Color INSERT_BACKGROUND = new Color(0xCCF5D6);
    static final Color DELETE_TEXT = new Color(0xB3122B);
    static final Color DELETE_BACKGROUND = new Color(0xFFE0DD);
    static final Color EDITORIAL_TEXT = new Color(0x8A939D);
    static final Color MOVED = new Color(0x0A55B8);
    static final Color VERB = new Color(0x8250DF);

    static Color text(Mark mark) {
        switch (mark) {
            case INSERT: return INSERT_TEXT;
            case DELETE: return DELETE_TEXT;
            case EDITORIAL_INSERT:
            case EDITORIAL_DELETE: return EDITORIAL_TEXT;
            default: return INK;
        }
    }

    /** Background behind marked text; null for none (editorial marks stay quiet). */
    static Color background(Mark mark) {
        switch (mark) {
            case INSERT: return INSERT_BACKGROUND;
            case DELETE: return DELETE_BACKGROUND;
            default: return null;
        }
    }

    static Color tag(Tag tag) {
        switch (tag) {
            case ADDED: return INSERT_TEXT;
            case REMOVED: return DELETE_TEXT;
            case MOVED: return MOVED;
            case VERB: return VERB;
            case EDITORIAL:
            case CONTINUED: return EDITORIAL_TEXT;
            case MODIFIED: return MUTED;
            default: return INK;
        }
    }
}
