package org.clausewise.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.clausewise.model.Part;

/**
 * Tells section headings from clause text, for a {@link ParagraphBuilder}. A line that opens with a
 * label ("IV.", "A.", "Section 2", "Article 5") at a clause boundary is a heading, its title on the
 * same line or on the short lines that follow. A short line without clause punctuation after a
 * finished clause is held back: it is a heading when a numbered paragraph follows it, else text.
 */
final class Headings {
    private static final Pattern NUMBERED_START = Pattern.compile("\\d{1,4}\\s*\\..*");
    private static final Pattern SUB_START = Pattern.compile("\\(([a-z]{1,4}|[A-Z])\\).*");
    /** Longer lines are running text, not a heading or title line. */
    private static final int TITLE_LINE_MAX = 90;
    /** A longer line opening with a preambular word ("Recalling …") is a paragraph, not a title. */
    private static final int OPENER_TITLE_MAX = 60;
    /** A title line this long may wrap onto the next. */
    private static final int WRAPPED = 40;

    private final ParagraphBuilder paragraphs;
    private final LineJoiner joiner;
    private final List<Line> held = new ArrayList<>();
    private boolean heldGap;
    private boolean heldPageBreak;
    private StringBuilder title;
    private int titleLines;
    private int maxTitleLines;
    /** The title being read is a section's (not an article's or an annex's): it may end with a colon. */
    private boolean sectionTitle;
    /** The title is one sentence ("Action 4. We will close … in developing" / "countries."): it runs to its full stop. */
    private boolean sentenceTitle;
    private int lastTitleLength;
    /** The last title line ended on a word that cannot end a title ("of the"): the title goes on. */
    private boolean titleOpenEnded;

    Headings(ParagraphBuilder paragraphs, LineJoiner joiner) {
        this.paragraphs = paragraphs;
        this.joiner = joiner;
    }

    /** Takes {@code line} when it is (part of) a heading; false when it is clause text. */
    boolean accept(Line line, boolean gap, boolean pageBreak) {
        String t = line.text();
        if (title != null) {
            if (continuesTitle(t, gap)) {
                joiner.append(title, t);
                titleLines++;
                lastTitleLength = t.length();
                titleOpenEnded = endsOnFunctionWord(t);
                return true;
            }
            title = null;
        }
        if (!held.isEmpty()) {
            if (held.size() < 3 && looksLikeHeading(t) && !paragraphs.isNextNumbered(t) && HeadingLabel.parse(t) == null) {
                held.add(line); // a heading in two lines
                return true;
            }
            if (paragraphs.isNextNumbered(t)) {
                confirmHeld();
            } else {
                finish();
            }
        }
        if (paragraphs.atBoundary() && !paragraphs.awaitingText()) {
            HeadingLabel label = HeadingLabel.parse(t);
            if (label != null) {
                open(label, line);
                return true;
            }
        }
        ClauseDraft current = paragraphs.current();
        if (current != null && !paragraphs.awaitingText() && ClauseEnds.endsComplete(current.tail())
                && looksLikeHeading(t)) {
            // Decided by the next line: a heading stands right above a numbered paragraph. Without a
            // blank line too: a heading is never glued into the paragraph before it.
            held.add(line);
            heldGap = gap;
            heldPageBreak = pageBreak;
            return true;
        }
        return false;
    }

    /** No numbered paragraph followed the lines held back as a possible heading: they are text after all. */
    void finish() {
        title = null;
        List<Line> lines = new ArrayList<>(held);
        held.clear();
        for (int k = 0; k < lines.size(); k++) {
            paragraphs.takeText(lines.get(k), k == 0 && heldGap, k == 0 && heldPageBreak);
        }
    }

    /** The next lines, as long as they read as a title, go into {@code target}. */
    void readTitle(StringBuilder target, Line line, int maxLines) {
        title = target;
        titleLines = target.length() > 0 ? 1 : 0;
        lastTitleLength = target.length() > 0 ? line.text().length() : 0;
        titleOpenEnded = endsOnFunctionWord(target);
        maxTitleLines = maxLines;
        sectionTitle = false;
        sentenceTitle = false;
    }

    /** Clause {@code c} started: the headings above it head its part, and it is their first clause. */
    void clauseStarted(ClauseDraft c) {
        title = null;
        for (TextBlock.HeadingDraft h : paragraphs.block().headings) {
            if (h.next == null) {
                h.part = c.part;
                h.next = c;
            }
        }
    }

    private void open(HeadingLabel label, Line line) {
        TextBlock.HeadingDraft h = label.opensClause() ? paragraphs.startArticle(label, line)
                : paragraphs.enterSection(label, line);
        readTitle(h.text, line, 5);
        sectionTitle = !label.opensClause();
        sentenceTitle = label.style() == HeadingLabel.Style.ACTION;
    }

    private void confirmHeld() {
        StringBuilder text = new StringBuilder();
        for (Line l : held) {
            joiner.append(text, l.text());
        }
        paragraphs.enterSection(HeadingLabel.plain(text.toString()), held.get(0));
        held.clear();
    }

    private boolean continuesTitle(String t, boolean gap) {
        if (titleLines >= maxTitleLines || t.length() > TITLE_LINE_MAX) {
            return false;
        }
        if (sentenceTitle) {
            return !gap && ClauseEnds.finalPunctuation(title) != '.' && HeadingLabel.parse(t) == null
                    && !NUMBERED_START.matcher(t).matches() && !SUB_START.matcher(t).matches();
        }
        char end = ClauseEnds.finalPunctuation(t);
        // "Section 11" over "… Agenda 2063:" and "The Africa We Want": a colon inside a section's title.
        boolean titleColon = end == ':' && sectionTitle && titleLines == 0 && !Openers.isOpener(t)
                && !Openers.isOperativeVerb(t);
        if (end == ',' || end == ':' && !titleColon || end == ';' && t.length() > WRAPPED + 20 || HeadingLabel.parse(t) != null
                || NUMBERED_START.matcher(t).matches() || SUB_START.matcher(t).matches()) {
            return false;
        }
        if (titleLines == 0) {
            // Right under its label a heading's title; set apart, or opening as preambles do, a paragraph.
            boolean paragraph = Openers.isOpener(t) && t.length() > OPENER_TITLE_MAX && (gap || Openers.isPreambular(t));
            return !(end == '.' && t.length() > WRAPPED) && !paragraph;
        }
        // "United Nations Convention against Cybercrime;" goes on with its subtitle, even past a blank line.
        if (titleLines > 0 && Character.isLowerCase(t.charAt(0)) && end != '.') {
            return true; // "gaps and challenges": a title's own words, wherever the line starts
        }
        if (ClauseEnds.finalPunctuation(title) == ';') {
            return end != '.' || t.length() < WRAPPED;
        }
        return !gap && (lastTitleLength >= WRAPPED || titleOpenEnded) && end != '.'
                && (titleCase(t) || !Openers.isOpener(t) && !Openers.isOperativeVerb(t));
    }

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "of", "and", "for", "on",
            "in", "to", "a", "an", "with", "by", "at", "or", "its", "their");

    private static boolean endsOnFunctionWord(CharSequence t) {
        String s = t.toString().stripTrailing();
        int space = s.lastIndexOf(' ');
        return FUNCTION_WORDS.contains(s.substring(space + 1));
    }

    /** "Committed by Means of Information and Communications": most longer words capitalised, as titles are. */
    private static boolean titleCase(String t) {
        int words = 0;
        int capitalised = 0;
        for (String w : t.split(" ")) {
            if (w.length() >= 4) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    /** "I", "B.", "Human rights education": no longer than a line, no clause punctuation at the end. */
    static boolean looksLikeHeading(String t) {
        if (t.length() > 100 || t.split(" ").length > 16 || ClauseEnds.finalPunctuation(t) != 0 && !t.matches("[A-Z]\\.")) {
            return false;
        }
        char first = t.charAt(0);
        return Character.isUpperCase(first) && !t.endsWith(",") && !t.endsWith(";");
    }
}
