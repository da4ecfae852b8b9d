package org.clausewise.export;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.present.Badge;
import org.clausewise.present.GroupRow;
import org.clausewise.present.PresentedRow;
import org.clausewise.present.Run;
import org.clausewise.present.Side;
import org.clausewise.present.SubparagraphLine;

/**
 * Lays out a {@link PresentedRow} as a {@link RowBlock}: wraps each side's lead-in and
 * sub-paragraphs to the column width, puts the clause number and the row's badges in the gutter,
 * and pads the shorter side so that each sub-paragraph starts on the same line as its counterpart.
 * What is marked and what the badges say comes from the presentation, as on screen.
 */
final class RowComposer {
    /** Gutter notes are set at this size, in the oblique face (see PageRenderer). */
    static final float GUTTER_TAG_SIZE = 7f;
    /** Room between a gutter note and the clause text. */
    private static final float GUTTER_PAD = 4;

    private final LineBreaker breaker;
    private final PdfFonts fonts;
    private final float textWidth;
    private final float subIndent;

    RowComposer(LineBreaker breaker, PdfFonts fonts, float textWidth, float subIndent) {
        this.breaker = breaker;
        this.fonts = fonts;
        this.textWidth = textWidth;
        this.subIndent = subIndent;
    }

    RowBlock compose(PresentedRow row) {
        List<Cell> left = new ArrayList<>();
        List<Cell> right = new ArrayList<>();
        addText(left, row.lead(Side.LEFT));
        addText(right, row.lead(Side.RIGHT));
        boolean leftGap = !row.has(Side.LEFT);
        boolean rightGap = !row.has(Side.RIGHT);
        pad(left, right, leftGap, rightGap);
        for (SubparagraphLine sub : row.subparagraphs()) {
            addSub(left, sub, Side.LEFT);
            addSub(right, sub, Side.RIGHT);
            pad(left, right, leftGap || sub.left() == null, rightGap || sub.right() == null);
        }
        tagGutter(left, gutterWords(row, Side.LEFT));
        tagGutter(right, gutterWords(row, Side.RIGHT));
        pad(left, right, leftGap, rightGap);
        return new RowBlock(row, left, right);
    }

    /**
     * A section's or annex's heading: each side's words in bold, set in by its level; in the gutter of
     * the side that now has it (the left one for a heading removed), what happened to it.
     */
    HeadingBlock composeHeading(GroupRow group) {
        float indent = subIndent * 2 * Math.max(0, group.level() - 1);
        List<Cell> left = headingSide(group.heading(Side.LEFT), indent);
        List<Cell> right = headingSide(group.heading(Side.RIGHT), indent);
        pad(left, right, !group.has(Side.LEFT), !group.has(Side.RIGHT));
        List<Cell> words = new ArrayList<>();
        for (Badge badge : group.badges()) {
            note(words, badge.text(), tag(badge.kind()));
        }
        tagGutter(group.has(Side.RIGHT) ? right : left, words);
        pad(left, right, !group.has(Side.LEFT), !group.has(Side.RIGHT));
        return new HeadingBlock(group, left, right);
    }

    private List<Cell> headingSide(List<Run> runs, float indent) {
        List<Cell> cells = new ArrayList<>();
        if (runs == null) {
            cells.add(Cell.blank(true));
            return cells;
        }
        for (TextLine line : breaker.wrap(StyledChars.heading(runs), textWidth - indent)) {
            cells.add(new Cell(null, null, null, line, indent, false));
        }
        if (cells.isEmpty()) {
            cells.add(Cell.blank(false));
        }
        return cells;
    }

    private void addText(List<Cell> cells, List<Run> runs) {
        if (runs == null) {
            cells.add(Cell.blank(true));
            return;
        }
        for (TextLine line : breaker.wrap(StyledChars.of(runs), textWidth)) {
            cells.add(new Cell(null, null, null, line, 0, false));
        }
        if (cells.isEmpty()) {
            cells.add(Cell.blank(false));
        }
    }

    private void addSub(List<Cell> cells, SubparagraphLine sub, Side side) {
        List<Run> runs = sub.runs(side);
        if (runs == null) {
            return;
        }
        // a nested sub-paragraph ((a) → (i) → (A)) is set in one step further per level
        float indent = subIndent * 2 * (sub.level() + 1);
        List<TextLine> lines = breaker.wrap(StyledChars.of(runs), textWidth - indent);
        String prefix = "(" + sub.label(side) + ")";
        if (lines.isEmpty()) {
            cells.add(new Cell(null, null, prefix, null, indent, false));
        }
        for (int i = 0; i < lines.size(); i++) {
            cells.add(new Cell(null, null, i == 0 ? prefix : null, lines.get(i), indent, false));
        }
    }

    /**
     * Clause number first, then the badges that concern this side: the right column says what
     * happened ("modified", "added", "moved from OP 3", "verb changed"), the left one what became
     * of its clause ("removed", "moved to OP 5", "split").
     */
    private List<Cell> gutterWords(PresentedRow row, Side side) {
        List<Cell> words = new ArrayList<>();
        String label = row.label(side);
        if (label == null) {
            return words;
        }
        numberWords(words, label);
        for (Badge badge : row.badges()) {
            Tag tag = tag(badge.kind());
            switch (badge.kind()) {
                case REMOVED:
                case SPLIT:
                case MERGED:
                case SUBPARAGRAPHS_MOVED:
                    note(words, badge.text(), tag);
                    break;
                case MOVED:
                    // "moved from" over "OP 3", each on its line of the narrow gutter
                    words.add(word(side == Side.LEFT ? "moved to" : "moved from", tag));
                    if (side == Side.RIGHT && badge.text().startsWith("moved from section")) {
                        note(words, badge.text().substring("moved from ".length()), tag); // "section II (OP 3)"
                    } else {
                        words.add(word(row.label(side.other()), tag));
                    }
                    break;
                default:
                    // the change itself is told once, beside the clause as it now stands
                    if (side == Side.RIGHT || !row.has(Side.RIGHT)) {
                        note(words, badge.text(), tag);
                    }
            }
        }
        return words;
    }

    /** The clause's label in the gutter, cut between words where it is wider than the gutter ("Annex II" / "¶ 12"). */
    private void numberWords(List<Cell> words, String label) {
        float width = PageGeometry.GUTTER - GUTTER_PAD;
        for (String line : wordLines(List.of(label.split(" ")), tried -> numberWidth(tried) <= width)) {
            words.add(word(line, Tag.NUMBER));
        }
    }

    /**
     * Words packed into as few lines as {@code fits} allows, never cut (a word too wide alone has a
     * line of its own); also the three-column PDF's clause numbers.
     */
    static List<String> wordLines(List<String> words, java.util.function.Predicate<String> fits) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : words) {
            String tried = line.length() == 0 ? piece : line + " " + piece;
            if (line.length() > 0 && !fits.test(tried)) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(piece);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private float numberWidth(String text) {
        return fonts.width(fonts.bold, fonts.printable(fonts.bold, text), PageRenderer.GUTTER_NUMBER_SIZE);
    }

    static Tag tag(Badge.Kind kind) {
        switch (kind) {
            case ADDED: return Tag.ADDED;
            case REMOVED: return Tag.REMOVED;
            case EDITORIAL: return Tag.EDITORIAL;
            case VERB_CHANGED: return Tag.VERB;
            case MOVED:
            case SPLIT:
            case MERGED:
            case SUBPARAGRAPHS_MOVED: return Tag.MOVED;
            case COARSE: return Tag.NOTE;
            default: return Tag.MODIFIED;
        }
    }

    /**
     * A note in the gutter, one line per piece that fits its width ("verb" / "changed"); a word
     * too wide for it breaks after a hyphen ("sub-" / "paragraphs").
     */
    private void note(List<Cell> words, String text, Tag tag) {
        note(words, text, tag, PageGeometry.GUTTER - GUTTER_PAD);
    }

    /** As above, in a gutter {@code width} wide (the three-column PDF's story column). */
    void note(List<Cell> words, String text, Tag tag, float width) {
        StringBuilder line = new StringBuilder();
        for (String piece : pieces(text, width)) {
            String glue = line.length() == 0 || line.charAt(line.length() - 1) == '-' ? "" : " ";
            String tried = line + glue + piece;
            if (line.length() > 0 && fits(tried) > width) {
                words.add(word(line.toString(), tag));
                line.setLength(0);
                line.append(piece);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        if (line.length() > 0) {
            words.add(word(line.toString(), tag));
        }
    }

    /** The note's words, a word wider than the gutter cut after its hyphens. */
    private List<String> pieces(String text, float width) {
        List<String> pieces = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (fits(word) <= width || word.indexOf('-') < 0) {
                pieces.add(word);
                continue;
            }
            int from = 0;
            for (int i = word.indexOf('-'); i >= 0 && i < word.length() - 1; i = word.indexOf('-', i + 1)) {
                pieces.add(word.substring(from, i + 1));
                from = i + 1;
            }
            pieces.add(word.substring(from));
        }
        return pieces;
    }

    private float fits(String text) {
        return fonts.width(fonts.oblique, fonts.printable(fonts.oblique, text), GUTTER_TAG_SIZE);
    }

    static Cell word(String text, Tag tag) {
        return new Cell(text, tag, null, null, 0, false);
    }

    /** Writes the gutter words onto the column's first lines, adding empty lines if the text is shorter. */
    private static void tagGutter(List<Cell> cells, List<Cell> words) {
        for (int i = 0; i < words.size(); i++) {
            Cell w = words.get(i);
            if (i < cells.size()) {
                cells.set(i, cells.get(i).withGutter(w.gutter(), w.gutterTag()));
            } else {
                cells.add(Cell.blank(false).withGutter(w.gutter(), w.gutterTag()));
            }
        }
    }

    /** Brings both columns to the same number of lines; a side with no text here is shaded as a gap. */
    private static void pad(List<Cell> left, List<Cell> right, boolean leftGap, boolean rightGap) {
        while (left.size() < right.size()) {
            left.add(Cell.blank(leftGap));
        }
        while (right.size() < left.size()) {
            right.add(Cell.blank(rightGap));
        }
    }
}
