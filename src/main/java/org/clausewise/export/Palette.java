package org.clausewise.export;

import java.awt.Color;

/**
 * The PDF's colours. Insertions green and underlined, deletions red and struck through, so the
 * page still reads in black and white; editorial changes in grey with dashed lines, quieter.
 * (java.awt.Color is plain data here; PDFBox takes it, and it pulls in no windowing.)
 */
final class Palette {
    private Palette() {
    }

    // The light theme's colours (resources/css/light.css), so the PDF matches the screen.
    static final Color INK = new Color(0x1D2330);
    static final Color MUTED = new Color(0x5D6675);
    static final Color RULE = new Color(0xD5DAE2);
    static final Color GAP = new Color(0xEEF0F3);
    static final Color NUMBER = new Color(0x3A5A8C);

    static final Color INSERT_TEXT = new Color(0x0B6B2C);
    static final Color INSERT_BACKGROUND = new Color(0xD9F5DF);
    static final Color DELETE_TEXT = new Color(0xA3141C);
    static final Color DELETE_BACKGROUND = new Color(0xFDE0E0);
    static final Color EDITORIAL_TEXT = new Color(0x5D6675);
    static final Color EDITORIAL_BACKGROUND = new Color(0xECEEF2);
    static final Color MOVED = new Color(0x6A3FB0);
    static final Color MODIFIED = new Color(0x9A6200);

    static Color text(Mark mark) {
        switch (mark) {
            case INSERT: return INSERT_TEXT;
            case DELETE: return DELETE_TEXT;
            case EDITORIAL_INSERT:
            case EDITORIAL_DELETE: return EDITORIAL_TEXT;
            case MOVED: return MOVED;
            default: return INK;
        }
    }

    /** Background behind marked text; null for none. */
    static Color background(Mark mark) {
        switch (mark) {
            case INSERT: return INSERT_BACKGROUND;
            case DELETE: return DELETE_BACKGROUND;
            case EDITORIAL_INSERT:
            case EDITORIAL_DELETE: return EDITORIAL_BACKGROUND;
            default: return null;
        }
    }

    static Color tag(Tag tag) {
        switch (tag) {
            case ADDED: return INSERT_TEXT;
            case REMOVED: return DELETE_TEXT;
            case MOVED: return MOVED;
            case VERB: return MODIFIED;
            case EDITORIAL:
            case NOTE:
            case CONTINUED: return MUTED;
            case MODIFIED: return MODIFIED;
            default: return NUMBER;
        }
    }
}
