package org.clausewise.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clausewise.model.EditOp;
import org.clausewise.model.FootnoteRef;
import org.clausewise.model.Span;

/**
 * One side's clause text as a sequence of characters (code points), each with its style: the
 * diff's spans become change marks, footnote references become raised marks at their offsets.
 * This is the only place the PDF reads spans, so it draws exactly what the screen draws.
 */
final class StyledText {
    final List<String> chars;
    final List<CharStyle> styles;

    private StyledText(List<String> chars, List<CharStyle> styles) {
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
    static StyledText plain(String text, CharStyle style) {
        return of(text, List.of(), List.of(), 0, true, style);
    }

    /**
     * @param italicLead    how many leading characters to set in italic (the clause's verb)
     * @param showEditorial false draws editorial spans as plain text, as when hidden on screen
     */
    static StyledText of(String text, List<Span> spans, List<FootnoteRef> refs, int italicLead,
                         boolean showEditorial) {
        return of(text, spans, refs, italicLead, showEditorial, CharStyle.PLAIN);
    }

    private static StyledText of(String text, List<Span> spans, List<FootnoteRef> refs, int italicLead,
                                 boolean showEditorial, CharStyle base) {
        String t = text == null ? "" : text;
        List<FootnoteRef> marks = new ArrayList<>(refs);
        marks.sort(Comparator.comparingInt(FootnoteRef::offset));
        List<String> chars = new ArrayList<>(t.length() + marks.size());
        List<CharStyle> styles = new ArrayList<>(t.length() + marks.size());
        CharStyle italic = new CharStyle(base.mark(), true, base.superscript());
        int nextMark = 0;
        for (int i = 0; i < t.length(); ) {
            while (nextMark < marks.size() && marks.get(nextMark).offset() <= i) {
                addMark(marks.get(nextMark++).mark(), chars, styles);
            }
            int cp = t.codePointAt(i);
            CharStyle style = i < italicLead ? italic : base;
            Mark mark = markAt(spans, i, showEditorial);
            chars.add(new String(Character.toChars(cp)));
            styles.add(mark == Mark.NONE ? style : style.withMark(mark));
            i += Character.charCount(cp);
        }
        while (nextMark < marks.size()) {
            addMark(marks.get(nextMark++).mark(), chars, styles);
        }
        return new StyledText(chars, styles);
    }

    private static Mark markAt(List<Span> spans, int offset, boolean showEditorial) {
        for (Span s : spans) {
            if (offset >= s.start() && offset < s.end()) {
                if (s.editorial()) {
                    if (!showEditorial) {
                        return Mark.NONE;
                    }
                    return s.op() == EditOp.DELETE ? Mark.EDITORIAL_DELETE : Mark.EDITORIAL_INSERT;
                }
                if (s.op() == EditOp.DELETE) {
                    return Mark.DELETE;
                }
                if (s.op() == EditOp.INSERT) {
                    return Mark.INSERT;
                }
            }
        }
        return Mark.NONE;
    }

    /**
     * Digits become Unicode superscript digits (so "1993¹" still matches a search for "1993");
     * other marks ("*", "a") are drawn small and raised.
     */
    private static void addMark(String mark, List<String> chars, List<CharStyle> styles) {
        for (int i = 0; i < mark.length(); i++) {
            char c = mark.charAt(i);
            String sup = superscriptDigit(c);
            chars.add(sup != null ? sup : String.valueOf(c));
            styles.add(sup != null ? CharStyle.PLAIN : new CharStyle(Mark.NONE, false, true));
        }
    }

    static String superscriptDigit(char c) {
        switch (c) {
            case '1': return "\u00B9";
            case '2': return "\u00B2";
            case '3': return "\u00B3";
            default:
                return c >= '0' && c <= '9' ? String.valueOf((char) (0x2070 + (c - '0'))) : null;
        }
    }
}
