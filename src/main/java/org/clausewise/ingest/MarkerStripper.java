package org.clausewise.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.clausewise.model.FootnoteRef;

/**
 * Removes footnote markers from clause text and records where they stood.
 *
 * <p>Explicit markers ({@link Markers}) are always markers. Plain digits are judged with the one
 * rule that holds in every UN text: footnotes are numbered in order of first reference. So the
 * stripper walks the clauses in document order knowing the next footnote number to expect, and
 * reads "20002" as the year 2000 plus marker 2 only when 2 is a footnote of the text that is due
 * (or one already cited, for a repeated reference). Digits set apart by a space ("Rights 1 and")
 * count only when they are exactly the expected number and the word before them is not one that
 * takes a number ("Article 1", "paragraph 3").
 */
final class MarkerStripper {
    /** Words after which a spaced number is the word's own number, not a footnote. */
    private static final Set<String> TAKES_NUMBER = Set.of("article", "articles", "paragraph", "paragraphs",
            "para", "paras", "no", "nos", "chapter", "chapters", "chap", "section", "sect", "vol", "volume",
            "resolution", "resolutions", "decision", "decisions", "annex", "goal", "goals", "target", "targets",
            "principle", "principles", "rule", "rules", "part", "item", "items", "page", "pages", "protocol",
            "recommendation", "recommendations", "session", "phase", "level", "number", "table", "figure",
            "step", "option", "point", "points", "cycle", "and", "or", "of", "on", "to", "from", "the", "a", "an",
            "in", "at", "by", "for", "with", "than", "between", "some", "every", "per", "about", "over",
            "under", "least", "nearly", "approximately", "around", "only", "another", "within", "after", "before");
    /** Words after which a number is a quantity or a day, not a footnote. */
    private static final Set<String> COUNTED = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "per", "percent", "years", "year",
            "months", "month", "days", "day", "weeks", "hours", "million", "billion", "thousand", "times",
            "members", "states", "countries", "persons", "people");
    /** Abbreviations followed by a number after a full stop: "Corr.1", "Add.2", "Sub.2". */
    private static final Set<String> ABBREVIATIONS = Set.of("corr", "supp", "suppl", "para", "paras", "chap",
            "sect", "vols", "sess", "annex");
    private static final String CLOSERS = ",;:)]\u201D\u2019\"'";

    private final TreeSet<Integer> known;
    private int next;

    /** @param footnoteNumbers the numeric marks of the text's footnotes */
    MarkerStripper(Set<Integer> footnoteNumbers) {
        this.known = new TreeSet<>(footnoteNumbers);
        this.next = known.isEmpty() ? 1 : known.first();
    }

    /** The result of stripping one paragraph. */
    record Stripped(String text, List<FootnoteRef> refs, boolean strayQuote) {
    }

    Stripped strip(String s) {
        StringBuilder out = new StringBuilder(s.length());
        List<FootnoteRef> refs = new ArrayList<>();
        int n = s.length();
        int i = 0;
        int copied = 0;
        while (i < n) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && c != Markers.OPEN && c != '*') {
                i++;
                continue;
            }
            // Words are copied in stretches; only markers and digits are looked at closely.
            out.append(s, copied, i);
            copied = i;
            if (c == Markers.OPEN) {
                int close = s.indexOf(Markers.CLOSE, i);
                if (close < 0) {
                    i++;
                    copied = i;
                    continue;
                }
                String mark = s.substring(i + 1, close);
                refs.add(new FootnoteRef(mark, out.length()));
                advance(mark);
                i = close + 1;
                if (i < n && s.charAt(i) == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' ')) {
                    i++;
                }
                copied = i;
                continue;
            }
            if (digit) {
                int j = i;
                while (j < n && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                i = digits(s, i, j, out, refs);
                copied = i;
                continue;
            }
            // c == '*'
            int j = i;
            while (j < n && s.charAt(j) == '*') {
                j++;
            }
            if (i > 0 && (Character.isLetter(s.charAt(i - 1)) || isCloser(s.charAt(i - 1)))
                    && (j == n || Character.isWhitespace(s.charAt(j)))) {
                refs.add(new FootnoteRef(s.substring(i, j), out.length()));
                copied = j;
            }
            i = j;
        }
        out.append(s, copied, n);
        String text = out.toString().strip();
        boolean stray = false;
        if (text.length() >= 2 && (text.endsWith("\u201D") || text.endsWith("\""))
                && ",;:.".indexOf(text.charAt(text.length() - 2)) >= 0 && !balanced(text)) {
            text = text.substring(0, text.length() - 1);
            stray = true;
        }
        int len = text.length();
        refs.replaceAll(r -> r.offset() > len ? new FootnoteRef(r.mark(), len) : r);
        return new Stripped(text, refs, stray);
    }

    /** Handles the digit run s[i, j); returns where to continue. */
    private int digits(String s, int i, int j, StringBuilder out, List<FootnoteRef> refs) {
        String run = s.substring(i, j);
        char prev = i > 0 ? s.charAt(i - 1) : 0;
        char after = j < s.length() ? s.charAt(j) : 0;
        boolean endsClean = after == 0 || Character.isWhitespace(after)
                || (isCloser(after) || after == '.') && !(j + 1 < s.length() && Character.isDigit(s.charAt(j + 1)));
        int keep = -1;
        boolean dropSpace = false;
        if (run.length() >= 5 && run.length() <= 6 && endsClean && !Character.isLetter(prev) && prev != '/'
                && prev != '.' && prev != '-') {
            int year = Integer.parseInt(run.substring(0, 4));
            String tail = run.substring(4);
            if (year >= 1900 && year <= 2099 && tail.charAt(0) != '0' && acceptAfterYear(Integer.parseInt(tail))) {
                keep = 4;
            }
        } else if (run.length() <= 3 && run.charAt(0) != '0' && endsClean) {
            int v = Integer.parseInt(run);
            if (Character.isLetter(prev)) {
                if (wordBefore(s, i).length() >= 2 && hasLowerCase(wordBefore(s, i)) && acceptGlued(v)) {
                    keep = 0;
                }
            } else if (prev == '.') {
                String w = wordBefore(s, i - 1);
                if (w.length() >= 4 && hasLowerCase(w) && !ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))
                        && v == next && known.contains(v)) {
                    keep = 0;
                }
            } else if (isCloser(prev)) {
                if (acceptGlued(v)) {
                    keep = 0;
                }
            } else if (prev == ' ' && i >= 2 && (after == 0 || Character.isWhitespace(after))
                    && acceptSpaced(s, i, j, v)) {
                keep = 0;
                dropSpace = true;
            }
        }
        if (keep < 0) {
            out.append(run);
            return j;
        }
        out.append(run, 0, keep);
        if (dropSpace && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        String mark = run.substring(keep);
        refs.add(new FootnoteRef(mark, out.length()));
        advance(mark);
        return j;
    }

    private boolean acceptGlued(int v) {
        if (known.isEmpty()) {
            return v == next;
        }
        // v < next: a repeated reference to a footnote already cited; next + 1: one marker lost in OCR.
        return known.contains(v) && v <= next + 1;
    }

    /** A year with digits glued on ("20166") is hardly anything else: a lost marker or two is forgiven. */
    private boolean acceptAfterYear(int v) {
        return known.isEmpty() ? v == next : known.contains(v) && v <= next + 3;
    }

    private boolean acceptSpaced(String s, int i, int j, int v) {
        if (v != next || !known.contains(v)) {
            return false;
        }
        char before = s.charAt(i - 2);
        if (Character.isDigit(before)) {
            // "23 March 2017 5 on": a marker after a year, set apart by a space.
            return i >= 6 && isYear(s, i - 5) && !COUNTED.contains(wordAfter(s, j).toLowerCase(Locale.ROOT));
        }
        if (!Character.isLetter(before) && !isCloser(before)) {
            return false;
        }
        String word = wordBefore(s, isCloser(before) ? i - 2 : i - 1).toLowerCase(Locale.ROOT);
        if (!isCloser(before) && TAKES_NUMBER.contains(word)) {
            return false;
        }
        String following = wordAfter(s, j).toLowerCase(Locale.ROOT);
        return !COUNTED.contains(following);
    }

    private static boolean isYear(String s, int at) {
        if (at > 0 && Character.isLetterOrDigit(s.charAt(at - 1))) {
            return false;
        }
        for (int k = at; k < at + 4; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        int year = Integer.parseInt(s.substring(at, at + 4));
        return year >= 1900 && year <= 2099;
    }

    private void advance(String mark) {
        if (mark.chars().allMatch(Character::isDigit) && !mark.isEmpty() && mark.length() <= 3) {
            next = Math.max(next, Integer.parseInt(mark) + 1);
        }
    }

    /** The letters just before position {@code end} (exclusive), skipping nothing. */
    private static String wordBefore(String s, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end);
    }

    private static String wordAfter(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '%')) {
            i++;
        }
        return s.substring(start, i);
    }

    private static boolean hasLowerCase(String w) {
        return w.chars().anyMatch(Character::isLowerCase);
    }

    private static boolean isCloser(char c) {
        return CLOSERS.indexOf(c) >= 0;
    }

    /** True when every closing double quote has an opening one. */
    private static boolean balanced(String text) {
        long open = text.chars().filter(ch -> ch == '\u201C').count();
        long close = text.chars().filter(ch -> ch == '\u201D').count();
        long straight = text.chars().filter(ch -> ch == '"').count();
        return open >= close && straight % 2 == 0;
    }
}
