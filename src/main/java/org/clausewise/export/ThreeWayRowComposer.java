package org.clausewise.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clausewise.compare.Story;
import org.clausewise.present.Badge;
import org.clausewise.present.Column;
import org.clausewise.present.Run;
import org.clausewise.present.ThreeWayPresentedRow;
import org.clausewise.present.ThreeWaySubLine;

/**
 * Lays out a {@link ThreeWayPresentedRow} as a {@link ThreeWayBlock}: wraps each column's lead-in
 * and sub-paragraphs to its width, puts each text's clause number in its gutter and the story with
 * its notes in the story column, and pads the columns so a sub-paragraph starts on the same line as
 * its counterparts. What is marked is the presentation's.
 */
final class ThreeWayRowComposer {
    private final LineBreaker breaker;
    private final RowComposer notes;
    private final ThreeWayGeometry geometry;
    private final PdfFonts fonts;

    ThreeWayRowComposer(LineBreaker breaker, RowComposer notes, ThreeWayGeometry geometry, PdfFonts fonts) {
        this.breaker = breaker;
        this.notes = notes;
        this.geometry = geometry;
        this.fonts = fonts;
    }

    ThreeWayBlock compose(ThreeWayPresentedRow row) {
        Map<Column, List<Cell>> columns = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            List<Cell> cells = new ArrayList<>();
            addText(cells, row.lead(c));
            columns.put(c, cells);
        }
        pad(columns, row, null);
        for (ThreeWaySubLine sub : row.subparagraphs()) {
            for (Column c : Column.values()) {
                addSub(columns.get(c), sub, c);
            }
            pad(columns, row, sub);
        }
        for (Column c : Column.values()) {
            String label = row.label(c);
            if (label != null) {
                List<Cell> cells = columns.get(c);
                List<String> pieces = numberLines(fonts, label);
                for (int i = 0; i < pieces.size(); i++) {
                    if (i == cells.size()) {
                        cells.add(Cell.blank(false));
                    }
                    cells.set(i, cells.get(i).withGutter(pieces.get(i), Tag.NUMBER));
                }
            }
        }
        List<Cell> story = storyCells(row);
        int lines = story.size();
        for (Column c : Column.values()) {
            lines = Math.max(lines, columns.get(c).size());
        }
        while (story.size() < lines) {
            story.add(Cell.blank(false));
        }
        for (Column c : Column.values()) {
            List<Cell> cells = columns.get(c);
            while (cells.size() < lines) {
                cells.add(Cell.blank(!row.has(c)));
            }
        }
        return new ThreeWayBlock(row, story, columns.get(Column.PREVIOUS), columns.get(Column.DRAFT),
                columns.get(Column.ADOPTED));
    }

    /**
     * A clause number on as many lines of its narrow gutter as it needs: "OP 12" on one; an annex
     * paragraph's number too wide for one line keeps its last two words ("PP 4") together under the
     * annex's name ("Annex", or "Annex II" where that fits). Words are never cut.
     */
    static List<String> numberLines(PdfFonts fonts, String label) {
        List<String> words = List.of(label.split(" "));
        if (fits(fonts, label) || words.size() < 3) {
            return wrap(fonts, words);
        }
        List<String> lines = new ArrayList<>(wrap(fonts, words.subList(0, words.size() - 2)));
        lines.addAll(wrap(fonts, words.subList(words.size() - 2, words.size())));
        return lines;
    }

    private static List<String> wrap(PdfFonts fonts, List<String> words) {
        return RowComposer.wordLines(words, line -> fits(fonts, line));
    }

    private static boolean fits(PdfFonts fonts, String text) {
        return numberWidth(fonts, text) <= ThreeWayGeometry.NUMBER - ThreeWayGeometry.NUMBER_PAD;
    }

    private static float numberWidth(PdfFonts fonts, String text) {
        return fonts.width(fonts.bold, fonts.printable(fonts.bold, text), ThreeWayGeometry.NUMBER_SIZE);
    }

    /** The story in its colour, then each note, one line per piece that fits the column. */
    private List<Cell> storyCells(ThreeWayPresentedRow row) {
        List<Cell> words = new ArrayList<>();
        float width = ThreeWayGeometry.STORY - 2;
        notes.note(words, row.storyText(), tag(row.story()), width);
        for (Badge note : row.notes()) {
            notes.note(words, note.text(), RowComposer.tag(note.kind()), width);
        }
        return words;
    }

    static Tag tag(Story story) {
        switch (story) {
            case NEW_THIS_SESSION:
            case ADDED_IN_NEGOTIATION:
            case RESTORED: return Tag.ADDED;
            case DROPPED_IN_NEGOTIATION:
            case NOT_CARRIED_OVER: return Tag.REMOVED;
            case CARRIED_OVER: return Tag.NOTE;
            default: return Tag.MODIFIED;
        }
    }

    private void addText(List<Cell> cells, List<Run> runs) {
        if (runs == null) {
            cells.add(Cell.blank(true));
            return;
        }
        for (TextLine line : breaker.wrap(StyledChars.of(runs), geometry.textWidth())) {
            cells.add(new Cell(null, null, null, line, 0, false));
        }
        if (cells.isEmpty()) {
            cells.add(Cell.blank(false));
        }
    }

    private void addSub(List<Cell> cells, ThreeWaySubLine sub, Column column) {
        List<Run> runs = sub.runs(column);
        if (runs == null) {
            return;
        }
        float indent = 2 * PageGeometry.SUB_INDENT;
        List<TextLine> lines = breaker.wrap(StyledChars.of(runs), geometry.textWidth() - indent);
        String prefix = "(" + sub.label(column) + ")";
        if (lines.isEmpty()) {
            cells.add(new Cell(null, null, prefix, null, indent, false));
        }
        for (int i = 0; i < lines.size(); i++) {
            cells.add(new Cell(null, null, i == 0 ? prefix : null, lines.get(i), indent, false));
        }
    }

    /** Brings the three columns to the same length; a column without the clause (or sub-paragraph) is a gap. */
    private static void pad(Map<Column, List<Cell>> columns, ThreeWayPresentedRow row, ThreeWaySubLine sub) {
        int lines = columns.values().stream().mapToInt(List::size).max().orElse(0);
        for (Column c : Column.values()) {
            List<Cell> cells = columns.get(c);
            boolean gap = !row.has(c) || (sub != null && sub.runs(c) == null);
            while (cells.size() < lines) {
                cells.add(Cell.blank(gap));
            }
        }
    }
}
