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

    ThreeWayRowComposer(LineBreaker breaker, RowComposer notes, ThreeWayGeometry geometry) {
        this.breaker = breaker;
        this.notes = notes;
        this.geometry = geometry;
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
                cells.set(0, cells.get(0).withGutter(label, Tag.NUMBER));
            }
        }
        List<Cell> story = storyCells(row);
        int lines = Math.max(story.size(), columns.get(Column.PREVIOUS).size());
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
