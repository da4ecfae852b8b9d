package org.clausewise.amend;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ComparableText;

/**
 * Finds an amendment's quoted words in a paragraph. The amendment and the draft are printed
 * separately, so typography may differ (curly or straight quotes, a non-breaking hyphen, a line
 * break as a space); the words are matched on their comparable form (see {@link ComparableText}),
 * as whole words, and the match is given back as positions in the paragraph's own text.
 */
final class QuotedWords {
    /** Where the words stand in the original text: {@code text.substring(start, end)}. */
    record Match(int start, int end) {
    }

    private QuotedWords() {
    }

    /** Every non-overlapping whole-word occurrence of {@code words} in {@code text}, in order. */
    static List<Match> find(String text, String words) {
        Normalised t = normalise(text);
        String w = normalise(words).text.strip();
        List<Match> found = new ArrayList<>();
        if (w.isEmpty()) {
            return found;
        }
        int from = 0;
        while (true) {
            int at = t.text.indexOf(w, from);
            if (at < 0) {
                return found;
            }
            int end = at + w.length();
            if (wholeWords(t.text, at, end)) {
                found.add(new Match(t.map[at], t.map[end - 1] + 1));
                from = end;
            } else {
                from = at + 1;
            }
        }
    }

    /**
     * The words do not start or end inside a longer word: "and" is not in "standards", nor "made" in
     * "made-up" (a hyphen between letters joins one word).
     */
    private static boolean wholeWords(String s, int start, int end) {
        boolean startOk = start == 0 || !isWordChar(s.charAt(start)) || !continuesBefore(s, start);
        boolean endOk = end == s.length() || !isWordChar(s.charAt(end - 1)) || !continuesAfter(s, end);
        return startOk && endOk;
    }

    private static boolean continuesBefore(String s, int at) {
        char c = s.charAt(at - 1);
        return isWordChar(c) || (c == '-' && at >= 2 && isWordChar(s.charAt(at - 2)));
    }

    private static boolean continuesAfter(String s, int at) {
        char c = s.charAt(at);
        return isWordChar(c) || (c == '-' && at + 1 < s.length() && isWordChar(s.charAt(at + 1)));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Comparable characters, spaces collapsed, with each one's position in the original. */
    private record Normalised(String text, int[] map) {
    }

    private static Normalised normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] map = new int[s.length() + 1];
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = ComparableText.normalizeChar(s.charAt(i));
            if (c == 0) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                map[sb.length()] = i - 1;
                sb.append(' ');
            }
            space = false;
            map[sb.length()] = i;
            sb.append(c);
        }
        return new Normalised(sb.toString(), map);
    }
}
