package org.clausewise.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.viewer.StyledText;

/**
 * A side of a row as a reader checks it: each visible character (spaces and line breaks set
 * aside, since the PDF wraps lines its own way) with how it is marked — "del", "ins", "ed-del",
 * "ed-ins", "label" for a sub-paragraph's "(a)", "moved" for the moved sign, "plain" — and
 * whether it is set as the verb. Built from the screen's styled text and from the PDF's laid-out
 * lines, so the two can be compared.
 */
final class MarkedChars {
    private MarkedChars() {
    }

    static List<String> ofScreen(StyledText styled) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        for (StyledText.Run run : styled.runs()) {
            String key = key(run.styleClasses());
            add(out, styled.text().substring(pos, pos + run.length()), key);
            pos += run.length();
        }
        return out;
    }

    private static String key(Set<String> classes) {
        String key;
        if (classes.contains(Styles.SUB_LABEL)) {
            key = "label";
        } else if (classes.contains(Styles.MOVED_MARK)) {
            key = "moved";
        } else if (classes.contains(Styles.DELETED)) {
            key = classes.contains(Styles.EDITORIAL) ? "ed-del" : "del";
        } else if (classes.contains(Styles.INSERTED)) {
            key = classes.contains(Styles.EDITORIAL) ? "ed-ins" : "ins";
        } else {
            key = "plain";
        }
        return classes.contains(Styles.VERB) ? key + "+verb" : key;
    }

    /** One column of a laid-out row, line after line: the sub-paragraph's prefix, then its text. */
    static List<String> ofPdf(List<Cell> cells) {
        List<String> out = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell.prefix() != null) {
                add(out, cell.prefix(), "label");
            }
            if (cell.text() != null) {
                for (Fragment f : cell.text().fragments()) {
                    add(out, f.text(), key(f.style()));
                }
            }
        }
        return out;
    }

    private static String key(CharStyle style) {
        String key;
        switch (style.mark()) {
            case DELETE: key = "del"; break;
            case INSERT: key = "ins"; break;
            case EDITORIAL_DELETE: key = "ed-del"; break;
            case EDITORIAL_INSERT: key = "ed-ins"; break;
            case MOVED: key = "moved"; break;
            default: key = "plain";
        }
        return style.italic() ? key + "+verb" : key;
    }

    private static void add(List<String> out, String text, String key) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                out.add(new String(Character.toChars(cp)) + " " + key);
            }
        }
    }
}
