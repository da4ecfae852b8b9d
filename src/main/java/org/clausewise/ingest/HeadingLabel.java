package org.clausewise.ingest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that opens a section, an article or a rule by its label: "IV.", "II Cooperation with …",
 * "A. Our commitments", "Section 29A", "Part two", "Chapter I", "Article 5", "Rule 7", "Action 12." (the
 * Pact for the Future's actions, numbered across its chapters). The title may
 * follow on the same line or on the next.
 *
 * @param style what kind of label it is; a section of one style nests in a section of another
 * @param label the label as printed ("IV.", "Section 29A")
 * @param id    what the section path uses ("IV", "29A", "two"); an article's or rule's number
 * @param title the words after the label on the same line, {@code ""} when none
 */
record HeadingLabel(Style style, String label, String id, String title) {
    enum Style { PART, SECTION, CHAPTER, ROMAN, LETTER, PLAIN, ARTICLE, RULE, ACTION }

    private static final String ROMAN_NUMBER = "(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})";
    private static final Pattern ROMAN = Pattern.compile("(" + ROMAN_NUMBER + ")(\\.?)(?:\\s+(\\p{Lu}.*))?");
    private static final Pattern LETTER = Pattern.compile("([A-Z])\\.(?:\\s+(\\p{Lu}.*))?");
    private static final Pattern WORD_LABEL = Pattern.compile(
            "(Part|PART|Section|SECTION|Chapter|CHAPTER|Article|ARTICLE|Action|ACTION|Rule|RULE)\\s+("
                    + "\\d{1,3}[A-Z]?(?:\\s?bis|\\s?ter)?|" + ROMAN_NUMBER + "|[A-Z]|[A-Z]?[a-z]+)"
                    + "\\.?(?:\\s*[.:\u2013\u2014-]?\\s+(\\p{Lu}.*))?");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
            "Nine", "Ten", "Eleven", "Twelve");

    /** The label the line opens with, or null when it is not a heading label. */
    static HeadingLabel parse(String t) {
        if (t.isEmpty() || t.length() > 200) {
            return null;
        }
        if (t.equals("Preamble") || t.equals("PREAMBLE")) {
            return plain(t); // a treaty's preamble, before its articles
        }
        char first = t.charAt(0);
        if (first == 'I' || first == 'V' || first == 'X' || first == 'L') {
            Matcher m = ROMAN.matcher(t);
            if (m.matches() && !m.group(1).isEmpty() && (m.group(3) == null || !m.group(2).isEmpty()
                    || m.group(1).length() > 1)) {
                // "I We …" is text; "I. Our shared commitment", "II Cooperation …" and "IV" are labels.
                return new HeadingLabel(Style.ROMAN, m.group(1) + m.group(2), m.group(1), orEmpty(m.group(3)));
            }
        }
        if (t.length() >= 2 && t.charAt(1) == '.' && first >= 'A' && first <= 'Z') {
            Matcher m = LETTER.matcher(t);
            if (m.matches()) {
                return new HeadingLabel(Style.LETTER, m.group(1) + ".", m.group(1), orEmpty(m.group(2)));
            }
        }
        if ("PSCARpscar".indexOf(first) >= 0) {
            Matcher m = WORD_LABEL.matcher(t);
            if (m.matches()) {
                String word = m.group(1);
                String id = m.group(2);
                Style style = style(word);
                if (Character.isLowerCase(id.charAt(id.length() - 1)) && id.length() > 1 && !id.endsWith("bis")
                        && !id.endsWith("ter") && !NUMBER_WORDS.contains(id)) {
                    return null; // "Section on …", "Article whose …": words, not a label
                }
                String label = t.substring(0, m.group(3) == null ? t.length() : m.start(3)).strip();
                return new HeadingLabel(style, label, id, orEmpty(m.group(3)));
            }
        }
        return null;
    }

    /** An unlabelled heading: only words. */
    static HeadingLabel plain(String title) {
        return new HeadingLabel(Style.PLAIN, "", "", title);
    }

    boolean opensClause() {
        return style == Style.ARTICLE || style == Style.RULE;
    }

    private static Style style(String word) {
        switch (Character.toUpperCase(word.charAt(0))) {
            case 'P': return Style.PART;
            case 'S': return Style.SECTION;
            case 'C': return Style.CHAPTER;
            case 'A': return word.charAt(1) == 'c' || word.charAt(1) == 'C' ? Style.ACTION : Style.ARTICLE;
            default: return Style.RULE;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
