package org.clausewise.export;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.present.FootnoteMarks;
import org.clausewise.present.Run;

/**
 * Presentation runs as the line breaker takes them: one character (code point) at a time, each
 * with its PDF style. Nothing is decided here about what is marked: that is the runs' word.
 */
final class StyledChars {
    final List<String> chars;
    final List<CharStyle> styles;

    private StyledChars(List<String> chars, List<CharStyle> styles) {
        this.chars = chars;
        this.styles = styles;
    }

    int length() {
        return chars.size();
    }

    boolean isSpace(int i) {
        String c = chars.get(i);
        return c.length() == 1 && (Character.isWhitespace(c.charAt(0)) || Character.isSpaceChar(c.charAt(0)));
    }

    /** Plain text in one style (labels, captions, legend samples). */
    static StyledChars plain(String text, CharStyle style) {
        StyledChars s = new StyledChars(new ArrayList<>(), new ArrayList<>());
        s.append(text, style);
        return s;
    }

    static StyledChars of(List<Run> runs) {
        return of(runs, false);
    }

    /** A section heading's or annex title's runs: bold, their change marks kept. */
    static StyledChars heading(List<Run> runs) {
        return of(runs, true);
    }

    private static StyledChars of(List<Run> runs, boolean bold) {
        StyledChars s = new StyledChars(new ArrayList<>(), new ArrayList<>());
        for (Run run : runs) {
            if (run.role() == Run.Role.FOOTNOTE_MARK) {
                s.appendMark(run.text());
            } else {
                s.append(run.text(), new CharStyle(mark(run), !bold && run.role() == Run.Role.VERB, false, bold));
            }
        }
        return s;
    }

    private static Mark mark(Run run) {
        if (run.role() == Run.Role.MOVED_MARK) {
            return Mark.MOVED;
        }
        switch (run.mark()) {
            case DELETED: return run.editorial() ? Mark.EDITORIAL_DELETE : Mark.DELETE;
            case INSERTED: return run.editorial() ? Mark.EDITORIAL_INSERT : Mark.INSERT;
            default: return Mark.NONE;
        }
    }

    private void append(String text, CharStyle style) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            chars.add(new String(Character.toChars(cp)));
            styles.add(style);
            i += Character.charCount(cp);
        }
    }

    /** Superscript digits are raised by their glyphs; other marks ("*", "a") are drawn small and raised. */
    private void appendMark(String mark) {
        for (int i = 0; i < mark.length(); ) {
            int cp = mark.codePointAt(i);
            chars.add(new String(Character.toChars(cp)));
            styles.add(FootnoteMarks.isSuperscriptDigit(cp) ? CharStyle.PLAIN : new CharStyle(Mark.NONE, false, true));
            i += Character.charCount(cp);
        }
    }
}
