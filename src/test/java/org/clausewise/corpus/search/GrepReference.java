package org.clausewise.corpus.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What grep would answer, written as plainly as possible and without Lucene, to check the index
 * against. A passage is first put in the comparable form (typography set aside, as both search and
 * compare do). Then:
 * <ul>
 *   <li>exact: a regular expression made from the phrase's words and marks, the same case, any
 *       spacing between them (at least one space between two words), whole words at both ends;
 *   <li>words: every word of the phrase, lower-cased, is a word of the clause.
 * </ul>
 * A word is a run of letters, digits and combining marks; a space is a space, control or format
 * character; everything else is a mark.
 */
final class GrepReference {
    private static final String WORD = "[\\p{L}\\p{N}\\p{M}]";
    private static final String SPACE = "[\\s\\p{Z}\\p{Cc}\\p{Cf}]";
    private static final Pattern TOKEN = Pattern.compile(WORD + "+|(?!" + SPACE + ")[^\\p{L}\\p{N}\\p{M}]");

    private GrepReference() {
    }

    static String fold(String text) {
        return ComparableCharFilter.fold(text);
    }

    static List<String> tokens(String folded) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(folded);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static boolean isWord(String token) {
        return token.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK || Character.getType(cp) == Character.ENCLOSING_MARK
                || Character.getType(cp) == Character.LETTER_NUMBER || Character.getType(cp) == Character.OTHER_NUMBER);
    }

    /** The regular expression of an exact phrase, to run on folded passages. */
    static Pattern exact(String phrase) {
        List<String> tokens = tokens(fold(phrase));
        StringBuilder re = new StringBuilder();
        if (isWord(tokens.get(0))) {
            re.append("(?<!").append(WORD).append(')');
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                boolean bothWords = isWord(tokens.get(i - 1)) && isWord(tokens.get(i));
                re.append(SPACE).append(bothWords ? "+" : "*");
            }
            re.append(Pattern.quote(tokens.get(i)));
        }
        if (isWord(tokens.get(tokens.size() - 1))) {
            re.append("(?!").append(WORD).append(')');
        }
        return Pattern.compile(re.toString());
    }

    /** Whether one of the (already folded) passages holds the exact phrase. */
    static boolean holdsExact(Pattern exact, List<String> foldedPassages) {
        for (String p : foldedPassages) {
            if (exact.matcher(p).find()) {
                return true;
            }
        }
        return false;
    }

    /** The lower-cased words of a text, one code point at a time as Lucene's LowerCaseFilter does. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String t : tokens(fold(text))) {
            if (isWord(t)) {
                StringBuilder lower = new StringBuilder(t.length());
                t.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
                out.add(lower.toString());
            }
        }
        return out;
    }
}
