package org.clausewise.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Joins hard-wrapped lines into one paragraph. A line ending in a hyphen keeps it
 * ("non-\ngovernmental" is "non-governmental"): UN texts break lines at real hyphens, not inside
 * words. Only when the text itself spells the joined word without a hyphen elsewhere
 * ("commu-\nnication" and "communication") is the hyphen taken for a word break and removed.
 */
final class LineJoiner {
    private static final Pattern SUSPENDING = Pattern.compile("(and|or|nor|to)\\b");

    private final List<Line> lines;
    private String text;

    private LineJoiner(List<Line> lines) {
        this.lines = lines;
    }

    /** A joiner that knows the vocabulary of {@code lines}. */
    static LineJoiner forDocument(List<Line> lines) {
        return new LineJoiner(lines);
    }

    static LineJoiner withoutVocabulary() {
        return new LineJoiner(List.of());
    }

    /** True when {@code word} stands in the document as a whole word, in lower case or capitalised. */
    private boolean hasWord(String word) {
        if (text == null) {
            // Built on first need: most texts never break a line inside a word.
            StringBuilder sb = new StringBuilder();
            for (Line line : lines) {
                sb.append(line.text()).append('\n');
            }
            text = sb.toString();
        }
        return contains(text, word) || contains(text, Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }

    private static boolean contains(String text, String word) {
        int from = 0;
        int at;
        while ((at = text.indexOf(word, from)) >= 0) {
            int end = at + word.length();
            if ((at == 0 || !isWordChar(text.charAt(at - 1))) && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '-';
    }

    /** Appends {@code line} to the paragraph in {@code sb}. */
    void append(StringBuilder sb, String line) {
        if (line.isEmpty()) {
            return;
        }
        int len = sb.length();
        if (len == 0) {
            sb.append(line);
            return;
        }
        char last = sb.charAt(len - 1);
        if (last == '\u00AD') {
            sb.setLength(len - 1);
            sb.append(line);
            return;
        }
        if (last == '-' && len >= 2 && Character.isLetter(sb.charAt(len - 2))
                && Character.isLowerCase(line.charAt(0))) {
            if (SUSPENDING.matcher(line).lookingAt()) {
                // "information- and intelligence-sharing": a suspended hyphen keeps its space.
                sb.append(' ').append(line);
                return;
            }
            if (isWordBreak(sb, line)) {
                sb.setLength(len - 1);
            }
            sb.append(line);
            return;
        }
        if (last != ' ') {
            sb.append(' ');
        }
        sb.append(line);
    }

    private boolean isWordBreak(StringBuilder sb, String line) {
        int start = sb.length() - 1;
        while (start > 0 && Character.isLetter(sb.charAt(start - 1))) {
            start--;
        }
        String head = sb.substring(start, sb.length() - 1);
        int end = 0;
        while (end < line.length() && Character.isLetter(line.charAt(end))) {
            end++;
        }
        String tail = line.substring(0, end);
        String joined = (head + tail).toLowerCase(Locale.ROOT);
        String hyphenated = (head + "-" + tail).toLowerCase(Locale.ROOT);
        return hasWord(joined) && !hasWord(hyphenated);
    }
}
