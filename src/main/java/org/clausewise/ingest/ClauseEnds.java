package org.clausewise.ingest;

/**
 * How a paragraph or line ends or starts, which decides where paragraphs break: clause punctuation
 * (a trailing footnote marker ignored), a conjunction before a sub-paragraph, a table row's figure.
 */
final class ClauseEnds {
    private ClauseEnds() {
    }

    /** The paragraph so far ends as a clause ends (",", ";", ":", "."), ignoring a trailing marker. */
    static boolean endsComplete(CharSequence text) {
        return finalPunctuation(text) != 0;
    }

    /** The clause-ending punctuation (",", ";", ":", ".") the text ends with, ignoring a trailing marker; else 0. */
    static char finalPunctuation(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i >= 0 && text.charAt(i) == Markers.CLOSE) {
            // one marker or several in a row: ",¹⁰¹¹"
            while (i >= 0 && text.charAt(i) != Markers.OPEN) {
                i--;
            }
            i--;
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
        }
        int digitsEnd = i;
        while (i >= 0 && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '*')) {
            i--;
        }
        if (i < digitsEnd && digitsEnd - i <= 3) {
            // trailing "1", ", 1", ",*": a marker after the final punctuation
            int k = i;
            while (k >= 0 && text.charAt(k) == ' ') {
                k--;
            }
            if (k >= 0 && ",;:.".indexOf(text.charAt(k)) >= 0) {
                return text.charAt(k);
            }
            i = digitsEnd;
        }
        if (i >= 1 && (text.charAt(i) == '\u201D' || text.charAt(i) == '"') && ",;:.".indexOf(text.charAt(i - 1)) >= 0) {
            return text.charAt(i - 1);
        }
        return i >= 0 && ",;:.".indexOf(text.charAt(i)) >= 0 ? text.charAt(i) : 0;
    }

    /** A table row: no clause punctuation, a figure or a dash standing last ("Subtotal 5 247 1 096 6 343"). */
    static boolean endsWithFigure(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int end = i;
        while (i >= 0 && (Character.isDigit(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == '.')) {
            i--;
        }
        boolean figure = i < end && (i < 0 || text.charAt(i) == ' ') && Character.isDigit(text.charAt(end));
        return figure || end >= 1 && (text.charAt(end) == '–' || text.charAt(end) == '-') && text.charAt(end - 1) == ' ';
    }

    static boolean endsWithConjunction(CharSequence text) {
        String s = text.toString().stripTrailing();
        return s.endsWith(" and") || s.endsWith(" or");
    }

    static boolean startsUpper(String t) {
        int i = 0;
        while (i < t.length() && "\"'\u201C\u2018(".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return i < t.length() && Character.isUpperCase(t.charAt(i));
    }
}
