package org.clausewise.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins hard-wrapped lines into one paragraph. A line ending in a hyphen keeps it
 * ("non-\ngovernmental" is "non-governmental"): UN texts break lines at real hyphens, not inside
 * words. Only when the text itself spells the joined word without a hyphen elsewhere
 * ("commu-\nnication" and "communication") is the hyphen taken for a word break and removed.
 */
final class LineJoiner {
    private final Set<String> words;

    private LineJoiner(Set<String> words) {
        this.words = words;
    }

    /** A joiner that knows the vocabulary of {@code lines}. */
    static LineJoiner forDocument(List<Line> lines) {
        Set<String> words = new HashSet<>();
        for (Line line : lines) {
            String t = line.text();
            int i = 0;
            while (i < t.length()) {
                while (i < t.length() && !Character.isLetter(t.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < t.length() && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '-')) {
                    i++;
                }
                if (i > start) {
                    words.add(t.substring(start, i).toLowerCase(Locale.ROOT));
                }
            }
        }
        return new LineJoiner(words);
    }

    static LineJoiner withoutVocabulary() {
        return new LineJoiner(Set.of());
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
        return words.contains(joined) && !words.contains(hyphenated);
    }
}
