package org.clausewise.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds preambular and operative paragraphs from the body's text lines, once page furniture and
 * footnotes are out of the way. Line by line it decides: new operative paragraph (the next number
 * in sequence), new lettered sub-paragraph (the next letter), or a new preambular paragraph, or
 * the continuation of the current one (a hard wrap, or a paragraph running on across a page break).
 */
final class ParagraphBuilder {
    private static final Pattern OPERATIVE = Pattern.compile("(\\d{1,3})\\s*\\.(?:\\s+(.*)|(?=\\p{Lu})(.*))?");
    private static final Pattern SUB = Pattern.compile("\\(([a-z]{1,2})\\)(?:\\s*(.*))?");
    private static final Pattern ROMAN = Pattern.compile("(?=[ivx]+$)x{0,3}(ix|iv|v?i{0,3})");
    /** Capitalised words that end in -ing/-ed but never open a preambular paragraph. */
    private static final Set<String> NOT_OPENERS = Set.of("United", "Beijing", "Nanjing", "Reading", "King",
            "Wellington", "Kingdom", "Nothing", "Something", "Red");
    /** Preambular openers that are neither -ing nor -ed words. */
    private static final Set<String> OPENERS = Set.of("Aware", "Mindful", "Conscious", "Cognizant", "Cognisant",
            "Deeply", "Gravely", "Seriously", "Strongly", "Further", "Also", "Desirous", "Keen", "Fully", "Firmly",
            "Equally", "Particularly", "Highly", "Profoundly", "Greatly", "In", "Confident", "Grateful",
            "Appreciative", "Anxious", "Eager", "Alert", "Sensitive");

    private final LineJoiner joiner;
    private final List<String> warnings;
    private final List<ClauseDraft> preamble = new ArrayList<>();
    private final List<ClauseDraft> operative = new ArrayList<>();
    private ClauseDraft current;
    /** A number or label stood alone on its line ("1." then "Takes note …"): the next line is its text. */
    private boolean awaitingText;
    /** Short lines held back: a section heading if a numbered paragraph follows them. */
    private final List<Line> heading = new ArrayList<>();
    private boolean headingGap;
    private boolean headingPageBreak;

    ParagraphBuilder(LineJoiner joiner, List<String> warnings) {
        this.joiner = joiner;
        this.warnings = warnings;
    }

    List<ClauseDraft> preamble() {
        return preamble;
    }

    List<ClauseDraft> operative() {
        return operative;
    }

    /**
     * Takes one text line.
     *
     * @param gap       a blank line or an indent came before it
     * @param pageBreak page furniture or footnotes came between it and the previous text line
     */
    void accept(Line line, boolean gap, boolean pageBreak) {
        if (!heading.isEmpty()) {
            if (heading.size() < 3 && looksLikeHeading(line.text()) && !isNextOperative(line.text())) {
                heading.add(line); // a heading in two lines: "II" then "Cooperation with …"
                return;
            }
            if (isNextOperative(line.text())) {
                for (Line held : heading) {
                    warnings.add("line " + held.number() + ": section heading \"" + held.text() + "\" skipped");
                }
                heading.clear();
            } else {
                finish();
            }
        }
        if (current != null && (gap || pageBreak) && !awaitingText && endsComplete(current.tail())
                && looksLikeHeading(line.text())) {
            // Decided by the next line: a heading stands right above a numbered paragraph.
            heading.add(line);
            headingGap = gap;
            headingPageBreak = pageBreak;
            return;
        }
        take(line, gap, pageBreak);
    }

    /** No numbered paragraph followed the lines held back as a possible heading: they are text after all. */
    void finish() {
        for (int k = 0; k < heading.size(); k++) {
            take(heading.get(k), k == 0 && headingGap, k == 0 && headingPageBreak);
        }
        heading.clear();
    }

    private void take(Line line, boolean gap, boolean pageBreak) {
        String t = line.text();
        boolean complete = current != null && endsComplete(current.tail());
        Matcher op = Character.isDigit(t.charAt(0)) ? OPERATIVE.matcher(t) : null;
        if (op != null && op.matches() && startsOperative(Integer.parseInt(op.group(1)), gap || complete || awaitingText, line)) {
            current = new ClauseDraft(true, Integer.parseInt(op.group(1)), line.number());
            operative.add(current);
            String rest = op.group(2) != null ? op.group(2) : op.group(3);
            awaitingText = rest == null || rest.isBlank();
            if (!awaitingText) {
                joiner.append(current.lead, rest.strip());
            }
            return;
        }
        Matcher sub = t.charAt(0) == '(' ? SUB.matcher(t) : null;
        if (current != null && current.operative && sub != null && sub.matches() && (complete || endsWithConjunction(current.tail()))) {
            String label = sub.group(1);
            String rest = sub.group(2) == null ? "" : sub.group(2).strip();
            if (label.equals(current.nextLetter()) && !(isRoman(label) && !current.subs.isEmpty()
                    && current.tail().toString().endsWith(":"))) {
                current.subs.add(new ClauseDraft.Sub(label));
                awaitingText = rest.isEmpty();
                joiner.append(current.tail(), rest);
                return;
            }
        }
        if (awaitingText || current == null) {
            if (current == null) {
                startPreamble(line);
            }
            awaitingText = false;
            joiner.append(current.tail(), t);
            return;
        }
        boolean startsNew;
        if (gap || pageBreak) {
            startsNew = complete && startsUpper(t) && (!pageBreak || isOpener(t) || current.operative);
        } else {
            // Paragraphs one per line with nothing between them: a comma-ended line, then an opener.
            startsNew = !current.operative && finalPunctuation(current.tail()) == ',' && isOpener(t);
        }
        if (startsNew && !current.operative) {
            startPreamble(line);
        } else if (startsNew && !pageBreak) {
            warnings.add("line " + line.number() + ": a paragraph without a number after operative paragraph "
                    + current.number + " was joined to it");
        }
        joiner.append(current.tail(), t);
    }

    /** "I", "B.", "Human rights education": short, no clause punctuation at the end. */
    private static boolean looksLikeHeading(String t) {
        if (t.length() > 60 || t.split(" ").length > 8 || finalPunctuation(t) != 0 && !t.matches("[A-Z]\\.")) {
            return false;
        }
        char first = t.charAt(0);
        return Character.isUpperCase(first) && !t.endsWith(",") && !t.endsWith(";");
    }

    private boolean isNextOperative(String t) {
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return false;
        }
        Matcher op = OPERATIVE.matcher(t);
        int expected = operative.isEmpty() ? 1 : operative.get(operative.size() - 1).number + 1;
        return op.matches() && Integer.parseInt(op.group(1)) == expected;
    }

    /** True when the text so far ends where a clause could end: a footnote may come next. */
    boolean atBoundary() {
        return current == null || !awaitingText && endsComplete(current.tail());
    }

    /**
     * True when {@code t}, following the footnote text {@code before} without a blank line, is
     * rather clause text: the footnote ended with a full stop and {@code t} opens a preambular
     * paragraph, is the next operative paragraph, or goes on with a sentence the footnotes interrupted.
     */
    boolean startsClause(String t, CharSequence before, boolean unruled) {
        if (finalPunctuation(before) != '.') {
            return false;
        }
        if (unruled && !atBoundary()) {
            // Footnotes dropped into the middle of a sentence (a page break in OCR text): once a
            // footnote has ended, the sentence goes on.
            return true;
        }
        Matcher op = OPERATIVE.matcher(t);
        int expected = operative.isEmpty() ? 1 : operative.get(operative.size() - 1).number + 1;
        if (op.matches() && Integer.parseInt(op.group(1)) == expected) {
            return true;
        }
        return operative.isEmpty() && isOpener(t);
    }

    private void startPreamble(Line line) {
        if (!operative.isEmpty()) {
            return;
        }
        current = new ClauseDraft(false, preamble.size() + 1, line.number());
        preamble.add(current);
    }

    private boolean startsOperative(int number, boolean boundary, Line line) {
        int expected = operative.isEmpty() ? 1 : operative.get(operative.size() - 1).number + 1;
        if (number == expected) {
            return boundary;
        }
        // A number skipped (lost in OCR, or printed wrongly): believe it only at a clear boundary.
        if (number > expected && number <= expected + 2 && boundary && !operative.isEmpty()) {
            warnings.add("line " + line.number() + ": operative paragraph " + number + " follows "
                    + (expected - 1) + "; number " + expected + " is missing");
            return true;
        }
        return false;
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
        if (i >= 0 && text.charAt(i) == Markers.CLOSE) {
            while (i >= 0 && text.charAt(i) != Markers.OPEN) {
                i--;
            }
            i--;
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

    private static boolean endsWithConjunction(CharSequence text) {
        String s = text.toString().stripTrailing();
        return s.endsWith(" and") || s.endsWith(" or");
    }

    private static boolean isRoman(String label) {
        return ROMAN.matcher(label).matches();
    }

    private static boolean startsUpper(String t) {
        int i = 0;
        while (i < t.length() && "\"'\u201C\u2018(".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return i < t.length() && Character.isUpperCase(t.charAt(i));
    }

    /** A word that can open a preambular paragraph: "Recalling", "Deeply concerned", "Mindful". */
    static boolean isOpener(String t) {
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        String word = t.substring(0, end);
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || NOT_OPENERS.contains(word)) {
            return false;
        }
        return OPENERS.contains(word) || word.endsWith("ing") || word.endsWith("ed");
    }
}
