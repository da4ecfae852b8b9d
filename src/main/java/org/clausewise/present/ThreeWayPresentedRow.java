package org.clausewise.present;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.compare.Story;
import org.clausewise.compare.ThreeWayRow;
import org.clausewise.model.Clause;
import org.clausewise.model.Part;

/**
 * One clause row of the negotiation view as every drawer shows it: its story in words, the notes
 * beside it, each column's lead-in as runs and its sub-paragraphs, and the two-way steps the story
 * is made of. A mark in a column always speaks of its neighbours: struck words are not in the
 * column to the right, underlined words were not in the column to the left (in the draft column a
 * word new since last year and dropped in negotiation is struck: what negotiation did comes first).
 *
 * @param label      "OP 12" of the adopted text, else of the draft, else of last year's text
 * @param storyText  "changed in negotiation", "new this session", …
 * @param notes      what the story leaves unsaid, in words: "new this session", "also changed from
 *                   last year", "back to last year's wording", "verb changed", "moved", "editorial"
 * @param previous   last year's lead-in as runs, null where that text lacks the clause
 * @param steps      the two-way rows of the story, in order (last year → draft, draft → adopted; or
 *                   last year → adopted for a clause the draft lacks)
 * @param headings   the section headings that open before this row ("IV. Questions relating to …",
 *                   then "A. …"), as the text it stands in prints them; empty within a section
 */
public record ThreeWayPresentedRow(ThreeWayRow source, String label, Story story, String storyText,
                                   List<Badge> notes, List<Run> previous, List<Run> draft, List<Run> adopted,
                                   List<ThreeWaySubLine> subparagraphs, List<NegotiationStep> steps,
                                   List<String> headings) {
    public ThreeWayPresentedRow {
        headings = List.copyOf(headings);
        notes = List.copyOf(notes);
        previous = previous == null ? null : List.copyOf(previous);
        draft = draft == null ? null : List.copyOf(draft);
        adopted = adopted == null ? null : List.copyOf(adopted);
        subparagraphs = List.copyOf(subparagraphs);
        steps = List.copyOf(steps);
    }

    /** The same row under the section headings that open before it where it is shown. */
    ThreeWayPresentedRow under(List<String> opening) {
        return new ThreeWayPresentedRow(source, label, story, storyText, notes, previous, draft, adopted,
                subparagraphs, steps, opening);
    }

    public Part part() {
        return source.part();
    }

    /** In the change list, walked by F7: every story but "carried over unchanged". */
    public boolean isChange() {
        return story.isChange();
    }

    public List<Run> lead(Column column) {
        switch (column) {
            case PREVIOUS: return previous;
            case DRAFT: return draft;
            default: return adopted;
        }
    }

    public boolean has(Column column) {
        return lead(column) != null;
    }

    public Clause clause(Column column) {
        return column.clause(source);
    }

    /** "OP 8" of one column, or null where that text lacks the clause. */
    public String label(Column column) {
        Clause c = clause(column);
        return c == null ? null : c.label();
    }

    /** "changed in negotiation, new this session, verb changed". */
    public String description() {
        List<String> words = new ArrayList<>();
        words.add(storyText);
        notes.forEach(n -> words.add(n.text()));
        return String.join(", ", words);
    }

    /** "OP 12 — changed in negotiation, new this session, verb changed": a line of the change list. */
    public String summaryLine() {
        return label + " \u2014 " + description();
    }

    /**
     * One column as one text: the lead-in, then each sub-paragraph on its own line after "(a) ".
     * Empty where the column lacks the clause.
     */
    public List<Run> text(Column column) {
        List<Run> lead = lead(column);
        if (lead == null) {
            return List.of();
        }
        RunBuilder b = new RunBuilder().addAll(lead);
        for (ThreeWaySubLine sub : subparagraphs) {
            List<Run> runs = sub.runs(column);
            if (runs != null) {
                b.subparagraph(sub.label(column)).addAll(runs);
            }
        }
        return b.build();
    }
}
