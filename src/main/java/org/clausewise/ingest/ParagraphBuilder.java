package org.clausewise.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clausewise.model.ClauseForm;
import org.clausewise.model.Part;

/**
 * Builds the paragraphs of the body and of each annex from their text lines, once page furniture
 * and footnotes are out of the way. Line by line it decides: a section heading ({@link Headings}),
 * a new numbered paragraph (the next number in sequence, or 1 again at the start of a section), a
 * new sub-paragraph (the next label of an open level, or the first of a new level), a new
 * unnumbered paragraph, or the continuation of the current one (a hard wrap, or a paragraph running
 * on across a page break).
 */
final class ParagraphBuilder {
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,4})\\s*\\.(?:\\s+(.*)|(?=\\p{Lu})(.*))?");
    private static final Pattern SUB = Pattern.compile("\\(([a-z]{1,4}|[A-Z])\\)(?:\\s*(.*))?");

    private final LineJoiner joiner;
    private final List<String> warnings;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final Headings headings;
    private TextBlock block;
    private ClauseDraft current;
    /** The text is an amendment: its paragraphs are instructions and the texts they bring in. */
    private boolean amendment;
    /** A number or label stood alone on its line ("1." then "Takes note …"): the next line is its text. */
    private boolean awaitingText;

    ParagraphBuilder(LineJoiner joiner, List<String> warnings) {
        this.joiner = joiner;
        this.warnings = warnings;
        this.block = new TextBlock(null, null);
        blocks.add(block);
        this.headings = new Headings(this, joiner);
    }

    /** The body first, then each annex. */
    List<TextBlock> blocks() {
        return blocks;
    }

    TextBlock block() {
        return block;
    }

    ClauseDraft current() {
        return current;
    }

    /**
     * Takes one text line.
     *
     * @param gap       a blank line or an indent came before it
     * @param pageBreak page furniture or footnotes came between it and the previous text line
     */
    void accept(Line line, boolean gap, boolean pageBreak) {
        if (!amendment && headings.accept(line, gap, pageBreak)) {
            return;
        }
        takeText(line, gap, pageBreak);
    }

    /** Lines held back as a possible heading with nothing numbered after them are text after all. */
    void finish() {
        headings.finish();
    }

    /** An "Annex" or "Annex II" line: what follows belongs to a new annex, its title first. */
    void startAnnex(String id, String label, Line line) {
        headings.finish();
        block = new TextBlock(id, label);
        blocks.add(block);
        current = null;
        awaitingText = false;
        headings.readTitle(block.title, line, 5);
    }

    /** A labelled section heading: later clauses stand in its section, and numbering may start again. */
    TextBlock.HeadingDraft enterSection(HeadingLabel label, Line line) {
        block.outline.enter(label);
        TextBlock.HeadingDraft h = new TextBlock.HeadingDraft(label, block.outline.path(), block.outline.level(),
                line.number());
        block.headings.add(h);
        block.afterHeading = true;
        block.lastInSection = 0;
        block.continuedSection = null;
        current = null;
        awaitingText = false;
        return h;
    }

    /** "Article 5" or "Rule 7": a heading for its title, and a clause whose numbered paragraphs are sub-paragraphs. */
    TextBlock.HeadingDraft startArticle(HeadingLabel label, Line line) {
        TextBlock.HeadingDraft h = new TextBlock.HeadingDraft(label, block.outline.path(), block.outline.level() + 1,
                line.number());
        block.headings.add(h);
        ClauseForm form = label.style() == HeadingLabel.Style.ARTICLE ? ClauseForm.ARTICLE : ClauseForm.RULE;
        Integer n = leadingNumber(label.id());
        Part part = block.part(true);
        current = new ClauseDraft(part, n == null ? block.clauses.size() + 1 : n, n != null, block.outline.path(),
                form, line.number());
        block.clauses.add(current);
        headings.clauseStarted(current);
        block.afterHeading = false;
        awaitingText = false;
        return h;
    }

    /** Reads the body as an amendment's instructions (see {@link #takeInstructionText}). */
    void amendmentMode() {
        amendment = true;
    }

    /** Takes one line as clause text, past any heading check. */
    void takeText(Line line, boolean gap, boolean pageBreak) {
        if (amendment) {
            takeInstructionText(line, gap, pageBreak);
            return;
        }
        String t = line.text();
        boolean complete = current != null && ClauseEnds.endsComplete(current.tail());
        boolean boundary = gap || complete || awaitingText || current == null;
        Matcher op = Character.isDigit(t.charAt(0)) ? NUMBERED.matcher(t) : null;
        if (op != null && op.matches() && boundary) {
            int n = Integer.parseInt(op.group(1));
            String rest = op.group(2) != null ? op.group(2) : op.group(3);
            if (current != null && current.form != ClauseForm.PARAGRAPH) {
                if (numberedSub(n, rest)) {
                    return;
                }
                if (current.subs.isEmpty() && current.lead.length() == 0) {
                    // "Article 17" over paragraph 3 of an annex numbered throughout: a heading, not an article.
                    block.clauses.remove(current);
                    block.headings.forEach(h -> h.next = h.next == current ? null : h.next);
                    current = null;
                    startNumbered(n, rest, line);
                    return;
                }
            }
            if (block.startsNumbered(n, line, warnings)) {
                startNumbered(n, rest, line);
                return;
            }
        }
        Matcher sub = t.charAt(0) == '(' ? SUB.matcher(t) : null;
        if (current != null && sub != null && sub.matches() && (complete || ClauseEnds.endsWithConjunction(current.tail()))
                && (current.part != Part.PREAMBLE || ClauseEnds.finalPunctuation(current.tail()) == ':')) {
            ClauseDraft.Sub added = current.addSub(sub.group(1));
            if (added != null) {
                String rest = sub.group(2) == null ? "" : sub.group(2).strip();
                awaitingText = rest.isEmpty();
                joiner.append(added.text, rest);
                return;
            }
        }
        if (awaitingText) {
            awaitingText = false;
            joiner.append(current.tail(), t);
            return;
        }
        if (current == null) {
            startUnnumbered(line, t);
            joiner.append(current.tail(), t);
            return;
        }
        boolean plain = current.part == Part.PREAMBLE || current.part == Part.ANNEX && !current.numbered;
        boolean startsNew;
        if (gap || pageBreak) {
            startsNew = complete && ClauseEnds.startsUpper(t) && (!pageBreak || isOpener(t) || !plain)
                    // A table in an annex: each row its own line of readable text ("D-1 313 53 366").
                    || gap && current.part == Part.ANNEX && ClauseEnds.endsWithFigure(current.tail()) && ClauseEnds.endsWithFigure(t);
        } else {
            // Paragraphs one per line with nothing between them: a comma-ended line, then an opener,
            // or in the body an operative verb ("Approves the report …") after the preamble.
            startsNew = plain && ClauseEnds.finalPunctuation(current.tail()) == ','
                    && (isOpener(t) || current.part == Part.PREAMBLE && Openers.isOperativeVerb(t));
        }
        if (startsNew && plain) {
            startClause(current.part, 0, false, line);
        } else if (startsNew && !pageBreak) {
            if (current.listOpened || ClauseEnds.finalPunctuation(current.tail()) == ':') {
                // "… as follows:" then a table or list: its lines are the paragraph's, counted once.
                current.listOpened = true;
                current.listLines++;
            } else {
                warnings.add("line " + line.number() + ": a paragraph without a number after " + current.name()
                        + " was joined to it");
            }
        }
        joiner.append(current.tail(), t);
    }

    /**
     * An amendment's paragraphs: an instruction starts one where a paragraph has ended; the text an
     * instruction brings in ("…, reading:") starts one after the colon; quoted paragraphs split as
     * paragraphs do. Numbers stay in the text: they are the instruction's or the quoted paragraph's.
     */
    private void takeInstructionText(Line line, boolean gap, boolean pageBreak) {
        String t = line.text();
        boolean complete = current != null && ClauseEnds.endsComplete(current.tail());
        boolean startsNew = current == null || ClauseEnds.finalPunctuation(current.tail()) == ':'
                || complete && (AmendmentCover.INSTRUCTION.matcher(t).matches() || NUMBERED.matcher(t).matches())
                || (gap || pageBreak) && complete && ClauseEnds.startsUpper(t) && !pageBreak
                || ClauseEnds.finalPunctuation(current.tail()) == ',' && isOpener(t);
        if (startsNew) {
            startClause(Part.OPERATIVE, 0, false, line);
        }
        joiner.append(current.tail(), t);
    }

    private void startNumbered(int n, String rest, Line line) {
        startClause(block.part(true), n, true, line);
        awaitingText = rest == null || rest.isBlank();
        if (!awaitingText) {
            joiner.append(current.lead, rest.strip());
        }
    }

    /** "1." in an article: its next numbered paragraph, as a sub-paragraph. */
    private boolean numberedSub(int n, String rest) {
        List<ClauseDraft.Sub> top = current.subs;
        int last = 0;
        for (ClauseDraft.Sub s : top) {
            last = s.kind == SubLabels.Kind.DIGIT ? Integer.parseInt(s.label) : last;
        }
        if (n != last + 1) {
            return false;
        }
        ClauseDraft.Sub sub = new ClauseDraft.Sub(String.valueOf(n), SubLabels.Kind.DIGIT);
        top.add(sub);
        awaitingText = rest == null || rest.isBlank();
        if (!awaitingText) {
            joiner.append(sub.text, rest.strip());
        }
        return true;
    }

    /** A paragraph with no number where none was running: preambular in the body, plain in an annex. */
    private void startUnnumbered(Line line, String t) {
        ClauseDraft last = block.last();
        if (block.afterHeading && last != null && last.numbered && last.part == Part.OPERATIVE
                && ClauseEnds.finalPunctuation(last.tail()) == ':' && !isOpener(t)) {
            // "… as set out in the table below:" then a captioned table: the table goes on with that paragraph.
            current = last;
            return;
        }
        Part part;
        if (block.isAnnex()) {
            part = Part.ANNEX;
        } else if (!block.afterHeading || isOpener(t) || !block.hasOperative()) {
            part = Part.PREAMBLE;
        } else {
            part = Part.OPERATIVE;
        }
        startClause(part, 0, false, line);
    }

    private void startClause(Part part, int number, boolean numbered, Line line) {
        if (part == Part.PREAMBLE) {
            numbered = true; // preambular paragraphs are known by their index, set when the text is assembled
        }
        String section = block.continuedSection != null ? block.continuedSection : block.outline.path();
        current = new ClauseDraft(part, number, numbered, section, ClauseForm.PARAGRAPH, line.number());
        block.clauses.add(current);
        headings.clauseStarted(current);
        if (numbered && part != Part.PREAMBLE) {
            block.lastInSection = number;
            block.lastNumber = number;
        }
        block.afterHeading = false;
    }

    /** True when {@code t} is the numbered paragraph due next (or 1 again after a heading). */
    boolean isNextNumbered(String t) {
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return false;
        }
        Matcher op = NUMBERED.matcher(t);
        if (!op.matches()) {
            return false;
        }
        int n = Integer.parseInt(op.group(1));
        return block.isDue(n);
    }

    /** True when the text so far ends where a clause could end: a footnote or a heading may come next. */
    boolean atBoundary() {
        return current == null || !awaitingText && ClauseEnds.endsComplete(current.tail());
    }

    boolean awaitingText() {
        return awaitingText;
    }

    /**
     * True when {@code t}, following the footnote text {@code before} without a blank line, is
     * rather clause text: the footnote ended with a full stop and {@code t} opens a preambular
     * paragraph, is the next numbered paragraph, or goes on with a sentence the footnotes interrupted.
     */
    boolean startsClause(String t, CharSequence before, boolean unruled) {
        if (ClauseEnds.finalPunctuation(before) != '.') {
            return false;
        }
        if (unruled && !atBoundary()) {
            // Footnotes dropped into the middle of a sentence (a page break in OCR text): once a
            // footnote has ended, the sentence goes on.
            return true;
        }
        Matcher op = NUMBERED.matcher(t);
        if (op.matches() && Integer.parseInt(op.group(1)) == block.expectedNumber()) {
            return true;
        }
        return !block.hasOperative() && isOpener(t);
    }

    /** A word that can open a preambular paragraph: "Recalling", "Deeply concerned", "Mindful". */
    static boolean isOpener(String t) {
        return Openers.isOpener(t);
    }

    private static Integer leadingNumber(String id) {
        int end = 0;
        while (end < id.length() && Character.isDigit(id.charAt(end))) {
            end++;
        }
        if (end > 0 && end <= 4) {
            return Integer.valueOf(id.substring(0, end));
        }
        return SubLabels.isRoman(id.toLowerCase(java.util.Locale.ROOT)) ? SubLabels.fromRoman(id.toLowerCase(java.util.Locale.ROOT)) : null;
    }
}
