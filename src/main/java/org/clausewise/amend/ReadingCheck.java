package org.clausewise.amend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clausewise.model.Clause;
import org.clausewise.model.ComparableText;

/**
 * Whether the paragraph an instruction quotes ("Delete the thirty-eighth preambular paragraph,
 * reading: …") is the paragraph the draft has at that number. Compared word by word, case,
 * punctuation and typography set aside, and a paragraph's own number or a footnote mark ignored: a
 * different wording means the amendment counts paragraphs differently, so it is not applied.
 */
final class ReadingCheck {
    private ReadingCheck() {
    }

    static boolean matches(String quoted, Clause clause) {
        return matches(quoted, clause.fullText());
    }

    static boolean matches(String quoted, String text) {
        return words(NewText.words(quoted)).equals(words(text));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : ComparableText.of(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            // digits alone are a paragraph number, a footnote mark or a sub-paragraph label's kin: not wording
            if (!w.isEmpty() && !w.chars().allMatch(Character::isDigit)) {
                words.add(w);
            }
        }
        return words;
    }
}
