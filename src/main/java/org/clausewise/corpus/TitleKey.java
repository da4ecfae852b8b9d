package org.clausewise.corpus;

import java.util.Locale;
import org.clausewise.model.ComparableText;

/**
 * A title as series compare it: letters and digits only, lower case, one space between words, so
 * "Made-up: the  right to water" and "Made-up the Right to Water." are one title.
 */
final class TitleKey {
    /** Shorter than any real title ("Multilingualism", "The Syrian Golan"): a misread one. */
    private static final int MIN_LETTERS = 4;
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(19[4-9]\\d|2\\d{3})\\b");

    private TitleKey() {
    }

    /** The key of a title; null for a missing or junk title, which never joins a series by title. */
    static String of(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String s = ComparableText.of(title).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(s.length());
        int letters = 0;
        for (String word : s.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                key.append(key.length() == 0 ? "" : " ").append(word);
                letters += (int) word.chars().filter(Character::isLetter).count();
            }
        }
        return letters < MIN_LETTERS ? null : key.toString();
    }

    /**
     * A key whose years are written relative to the session, so the titles of a yearly resolution
     * match across sessions: "working capital fund for 2024" of the 78th session and "… for 2025"
     * of the 79th both read "working capital fund for year+1946". Null when the title has no year
     * (its plain key already says all) or the session is unknown.
     */
    static String yearsBySession(String key, Integer session) {
        if (key == null || session == null) {
            return null;
        }
        java.util.regex.Matcher m = YEAR.matcher(key);
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            any = true;
            m.appendReplacement(sb, "year+" + (Integer.parseInt(m.group()) - session));
        }
        m.appendTail(sb);
        return any ? sb.toString() : null;
    }

    /** True for a title a reader would not recognise as one: missing, blank, or a stray letter ("A"). */
    static boolean isJunk(String title) {
        return of(title) == null;
    }
}
