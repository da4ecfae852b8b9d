package org.clausewise.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the body of a text, from after "The General Assembly," to the end: sorts each line into
 * page furniture, footnote, signature block or clause text, and hands clause text to a
 * {@link ParagraphBuilder}.
 *
 * <p>Footnotes come in two shapes. In official PDFs they follow a {@code ____} rule at the page
 * bottom and run until the next page's header. In OCR and hand-made texts they are blocks of
 * lines that start with a mark, set apart by blank lines, anywhere between paragraphs, or at the
 * very end after the signature. A line is taken for a footnote only when its mark is believable
 * where it stands (see {@link #believable}).
 */
final class BodyReader {
    private static final Pattern RULE = Pattern.compile("_{3,}");
    private static final Pattern SIGNATURE = Pattern.compile(
            "(?i)\\W{0,3}\\d{1,3}\\s*(?:st|nd|rd|th)\\s+(?:\\(resumed\\)\\s+)?plenary\\s+meeting\\b(.*)");
    private static final Pattern MARK_ALONE = Pattern.compile("\\d{1,3}");
    private static final Pattern DATE_ONLY = Pattern.compile("\\W*" + EnglishDates.DATE.pattern() + "\\W*");
    /** "Annex", "Annex II", "ANNEX": the start of an annex, on a line of its own. */
    private static final Pattern ANNEX = Pattern.compile("(?:Annex|ANNEX)(?:\\s+([IVXL]{1,6}|\\d{1,2}|[A-Z]))?\\.?");

    private enum Zone { TEXT, RULED_NOTES, NOTES, SIGNED }

    /** What the body holds: the body's block of clauses, then one per annex. */
    record Body(List<TextBlock> blocks, List<RawFootnote> footnotes, LocalDate signed) {
        boolean hasClauses() {
            return blocks.stream().anyMatch(b -> !b.clauses.isEmpty());
        }
    }

    private final List<Line> lines;
    private final boolean[] furniture;
    private final List<String> warnings;
    private final ParagraphBuilder paragraphs;
    private final LineJoiner joiner;
    private final List<RawFootnote> footnotes = new ArrayList<>();

    private boolean indentMarksParagraphs;

    // Reading state, line by line.
    private Zone zone = Zone.TEXT;
    /** The footnote being read, which the next line may continue. */
    private RawFootnote note;
    /** A blank line came since the last text line. */
    private boolean blank;
    /** Page furniture came since the last text line. */
    private boolean pageBreak;
    /** Footnotes came since the last clause line: a page bottom. */
    private boolean notesBetween;
    /** A footnote rule has been seen (footnotes after the signature sit under one). */
    private boolean ruleSeen;
    /** The footnote rule was the last line with text. */
    private boolean justUnderRule;
    private LocalDate signed;
    private int ignoredAfterSignature;

    private BodyReader(List<Line> lines, boolean[] furniture, LineJoiner joiner, List<String> warnings) {
        this.lines = lines;
        this.furniture = furniture;
        this.warnings = warnings;
        this.joiner = joiner;
        this.paragraphs = new ParagraphBuilder(joiner, warnings);
    }

    static Body read(List<Line> lines, int start, boolean[] furniture, List<String> warnings) {
        return read(lines, start, furniture, warnings, false);
    }

    /** @param amendment the body is an amendment's instructions, not clauses */
    static Body read(List<Line> lines, int start, boolean[] furniture, List<String> warnings, boolean amendment) {
        List<Line> body = lines.subList(start, lines.size());
        BodyReader reader = new BodyReader(lines, furniture, LineJoiner.forDocument(body), warnings);
        if (amendment) {
            reader.paragraphs.amendmentMode();
        }
        reader.indentMarksParagraphs = indentIsRare(body);
        return reader.run(start);
    }

    /**
     * An indent marks a new paragraph unless the lines that go on with a sentence (the line before
     * does not end as a clause ends) are mostly indented too: then it is a margin the extraction
     * kept, and means nothing.
     */
    private static boolean indentIsRare(List<Line> body) {
        int continuations = 0;
        int indented = 0;
        for (int i = 1; i < body.size(); i++) {
            Line prev = body.get(i - 1);
            Line line = body.get(i);
            if (!line.blank() && !prev.blank() && ClauseEnds.finalPunctuation(prev.text()) == 0) {
                continuations++;
                indented += line.indented() ? 1 : 0;
            }
        }
        return indented * 2 <= continuations;
    }

    private boolean indented(Line line) {
        return indentMarksParagraphs && line.indented();
    }

    private Body run(int start) {
        for (int i = start; i < lines.size(); i++) {
            i = step(i);
        }
        paragraphs.finish();
        if (ignoredAfterSignature > 0) {
            warnings.add(ignoredAfterSignature + " line(s) after the signature block were not read as clauses");
        }
        return new Body(paragraphs.blocks(), footnotes, signed);
    }

    /** Reads line {@code i}; returns the index of the last line it consumed. */
    private int step(int i) {
        Line line = lines.get(i);
        String t = line.text();
        if (furniture[i]) {
            pageBreak = true;
            if (zone == Zone.RULED_NOTES || zone == Zone.NOTES) {
                zone = Zone.TEXT;
            }
            return i;
        }
        if (line.blank()) {
            blank = true;
            return i;
        }
        if (t.charAt(0) == '_' && RULE.matcher(t).matches()) {
            ruleSeen = true;
            zone = zone == Zone.SIGNED ? Zone.SIGNED : Zone.RULED_NOTES;
            note = null;
            justUnderRule = true;
            return i;
        }
        boolean firstUnderRule = justUnderRule;
        justUnderRule = false;
        if (GarbageLines.isGarbage(t)) {
            if (zone != Zone.SIGNED) {
                warnings.add("line " + line.number() + ": unreadable line skipped (\"" + shorten(t) + "\")");
            }
            return i;
        }
        if (startsAnnex(line)) {
            return i;
        }
        if (zone != Zone.SIGNED && isSignature(i)) {
            zone = Zone.SIGNED;
            note = null;
            return i;
        }
        int consumed = footnoteStart(i);
        if (consumed >= 0) {
            return consumed;
        }
        boolean inNotes = zone == Zone.RULED_NOTES || zone == Zone.NOTES;
        if (zone == Zone.RULED_NOTES && firstUnderRule && !footnotes.isEmpty() && !paragraphs.startsClause(t, ".", false)) {
            // Text right under the rule, before any mark: the last footnote running on from the page before.
            note = footnotes.get(footnotes.size() - 1);
            joiner.append(note.text, t);
            blank = false;
            pageBreak = false;
            return i;
        }
        if ((inNotes || zone == Zone.SIGNED) && note != null && !blank && !indented(line) && !pageBreak
                && !paragraphs.startsClause(t, note.text, zone == Zone.NOTES)) {
            joiner.append(note.text, t);
            return i;
        }
        if (zone == Zone.SIGNED) {
            if (!DATE_ONLY.matcher(t).matches()) {
                ignoredAfterSignature++;
            }
            note = null;
            blank = false;
            pageBreak = false;
            return i;
        }
        if (inNotes) {
            zone = Zone.TEXT;
            note = null;
        }
        paragraphs.accept(line, blank || indented(line), pageBreak || notesBetween);
        blank = false;
        pageBreak = false;
        notesBetween = false;
        return i;
    }

    /**
     * "Annex" or "Annex II" on a line of its own, after the signature or where a clause has ended:
     * what follows is the annex, with its title, its own numbering and structure.
     */
    private boolean startsAnnex(Line line) {
        String t = line.text();
        if (t.length() > 12 || !(t.startsWith("Annex") || t.startsWith("ANNEX"))) {
            return false;
        }
        Matcher m = ANNEX.matcher(t);
        if (!m.matches() || zone != Zone.SIGNED && !(paragraphs.atBoundary() && !paragraphs.awaitingText())) {
            return false;
        }
        paragraphs.finish();
        String id = m.group(1) == null ? "" : m.group(1);
        paragraphs.startAnnex(id, id.isEmpty() ? "Annex" : "Annex " + id, line);
        zone = Zone.TEXT;
        note = null;
        blank = false;
        pageBreak = false;
        notesBetween = false;
        return true;
    }

    /** "53rd plenary meeting", its date on the same line or just below: the end of the clauses. */
    private boolean isSignature(int i) {
        String t = lines.get(i).text();
        Matcher sig = t.length() < 80 && t.contains("plenary") ? SIGNATURE.matcher(t) : null;
        if (sig == null || !sig.matches()) {
            return false;
        }
        signed = EnglishDates.firstDate(sig.group(1));
        for (int k = i + 1; signed == null && k < lines.size() && k <= i + 3; k++) {
            signed = EnglishDates.firstDate(lines.get(k).text());
        }
        return true;
    }

    /** Reads a footnote starting at line {@code i}; returns the last line it took, or -1 when there is none. */
    private int footnoteStart(int i) {
        Line line = lines.get(i);
        String t = line.text();
        FootnoteLine start = FootnoteLine.parse(t);
        int textLine = i;
        if (start == null && (zone == Zone.RULED_NOTES || zone == Zone.SIGNED && ruleSeen)
                && MARK_ALONE.matcher(t).matches()) {
            // The mark on a line of its own under the rule, its text on the next line.
            textLine = nextTextLine(i);
            if (textLine > 0) {
                start = new FootnoteLine(String.valueOf(Integer.parseInt(t)), FootnoteLine.Kind.DIGITS,
                        lines.get(textLine).text());
            }
        }
        if (start == null) {
            return -1;
        }
        boolean inNotes = zone == Zone.RULED_NOTES || zone == Zone.NOTES;
        // A line opening with a superscript or an asterisk is never clause text, blank line or not;
        // nor is one opening with a stray symbol where a clause has just ended.
        boolean unmistakable = start.kind() == FootnoteLine.Kind.EXPLICIT || start.kind() == FootnoteLine.Kind.STAR
                || start.kind() == FootnoteLine.Kind.GARBLED && paragraphs.atBoundary();
        boolean setApart = inNotes || blank || indented(line) || pageBreak || zone == Zone.SIGNED;
        if (!(setApart || unmistakable) || !believable(start, zone == Zone.RULED_NOTES)) {
            return -1;
        }
        note = addFootnote(start, line);
        if (zone == Zone.TEXT) {
            zone = Zone.NOTES;
        }
        notesBetween = true;
        blank = false;
        pageBreak = false;
        return textLine;
    }

    /**
     * Whether a line that starts like a footnote is one. Explicit and asterisk marks are; plain
     * digits are under a rule, or when they are the next footnote number due and not a date
     * ("5 December 2014" continuing a paragraph); a garbled OCR mark too, as it is only asked
     * at a blank line or among other footnotes, where no clause starts with a stray symbol.
     */
    private boolean believable(FootnoteLine f, boolean underRule) {
        switch (f.kind()) {
            case EXPLICIT:
            case STAR:
                return true;
            case DIGITS:
                if (EnglishDates.startsWithMonth(f.text()) || f.text().chars().noneMatch(Character::isLetter)) {
                    return false;
                }
                return underRule || f.number() == nextFootnoteNumber();
            default:
                return true;
        }
    }

    /** Index of the next line with text, if no page furniture comes first; else -1. */
    private int nextTextLine(int i) {
        for (int k = i + 1; k < lines.size() && k <= i + 3; k++) {
            if (furniture[k]) {
                return -1;
            }
            if (!lines.get(k).blank()) {
                return k;
            }
        }
        return -1;
    }

    private RawFootnote addFootnote(FootnoteLine f, Line line) {
        String mark = f.mark();
        if (mark == null) {
            mark = String.valueOf(nextFootnoteNumber());
            warnings.add("line " + line.number() + ": unreadable footnote mark read as " + mark);
        }
        RawFootnote note = new RawFootnote(mark, line.number(), f.text());
        footnotes.add(note);
        return note;
    }

    private int nextFootnoteNumber() {
        int max = 0;
        for (RawFootnote f : footnotes) {
            if (f.mark.chars().allMatch(Character::isDigit)) {
                max = Math.max(max, Integer.parseInt(f.mark));
            }
        }
        return max + 1;
    }

    private static String shorten(String t) {
        return t.length() <= 30 ? t : t.substring(0, 30) + "…";
    }
}
