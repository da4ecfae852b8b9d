package org.clausewise.compare;

import java.util.List;

/**
 * Decides whether one changed stretch of a word diff (the tokens deleted on the left against the
 * tokens inserted on the right) is editorial noise rather than a change of meaning.
 *
 * <p>Editorial: the same letters and digits once case, hyphens, quotes, punctuation and spaces
 * are set aside (this also covers words joined or split by OCR, "elementsin" / "elements in");
 * OCR look-alikes ({@code l}/{@code 1}, {@code 0}/{@code O}, and {@code rn}/{@code m} inside long words);
 * a slip of one or two letters inside one long word ("Govemment"); a repeated letter dropped or
 * doubled ("al" / "all", "Comission"); a footnote marker left glued
 * to a word. Not editorial, on purpose: any other change of a number (years, resolution
 * symbols), and a change at the end of a word ("Convention" / "Conventions", "notes" / "noted"),
 * which is grammar, not noise.
 */
final class EditorialRules {
    /** Words shorter than this are never treated as slips: "of" / "on" is a real change. */
    private static final int SLIP_MIN_LENGTH = 8;
    /** From this length on, two slipped letters are still a slip. */
    private static final int TWO_SLIPS_MIN_LENGTH = 12;

    private EditorialRules() {
    }

    static boolean isEditorial(List<Token> deleted, List<Token> inserted) {
        String a = fold(deleted);
        String b = fold(inserted);
        if (a.equals(b)) {
            return true;
        }
        if (ocrForm(a).equals(ocrForm(b))) {
            return true;
        }
        if (deleted.isEmpty() && allFootnoteMarkers(inserted) || inserted.isEmpty() && allFootnoteMarkers(deleted)) {
            return true;
        }
        return deleted.size() == 1 && inserted.size() == 1
                && (isSlip(ocrForm(a), ocrForm(b)) || isDoubledLetter(a, b));
    }

    /** "al" / "all", "comission" / "commission": OCR and typists drop or double a repeated letter. */
    static boolean isDoubledLetter(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1 || shorter.length() < 2) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        // longer has one extra letter at i, the same as the letter before it
        return i > 0 && Character.isLetter(longer.charAt(i)) && longer.charAt(i) == longer.charAt(i - 1)
                && longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** Letters and digits only, lower case, run together: what is left when typography is set aside. */
    static String fold(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            String k = t.key();
            for (int i = 0; i < k.length(); i++) {
                char c = k.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    sb.append(Character.toLowerCase(c));
                }
            }
        }
        return sb.toString();
    }

    /**
     * Folds the digit/letter pairs OCR confuses into one: 1 and | become l, 0 becomes o. (Not i/l
     * on their own: "fail" / "fall" is a real change.)
     */
    static String ocrForm(String folded) {
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '1' || c == '|') {
                sb.append('l');
            } else if (c == '0') {
                sb.append('o');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A marker such as "1" or "*" glued to the word before it, as extraction leaves footnote calls. */
    private static boolean allFootnoteMarkers(List<Token> tokens) {
        for (Token t : tokens) {
            boolean mark = t.text().length() <= 2 && t.text().chars().allMatch(Character::isDigit)
                    || t.text().equals("*") || t.text().equals("\u2020") || t.text().equals("\u2021");
            if (!mark || !t.glued()) {
                return false;
            }
        }
        return !tokens.isEmpty();
    }

    /** One or two letters wrong inside a long word, not at either end of it. */
    static boolean isSlip(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < SLIP_MIN_LENGTH || !a.chars().allMatch(Character::isLetter) || !b.chars().allMatch(Character::isLetter)) {
            return false;
        }
        int prefix = 0;
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        if (prefix == 0 || suffix == 0) {
            return false;
        }
        if (a.replace("rn", "m").equals(b.replace("rn", "m"))) {
            return true; // "Govemment": only in long words, where "modem" / "modern" cannot happen
        }
        int allowed = shorter >= TWO_SLIPS_MIN_LENGTH ? 2 : 1;
        String midA = a.substring(prefix, a.length() - suffix);
        String midB = b.substring(prefix, b.length() - suffix);
        return Math.max(midA.length(), midB.length()) <= allowed && levenshtein(midA, midB) <= allowed;
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
