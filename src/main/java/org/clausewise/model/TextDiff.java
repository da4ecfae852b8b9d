package org.clausewise.model;

import java.util.List;

/**
 * The word-level difference of two display texts.
 *
 * @param similarity  0.0 (nothing shared) to 1.0 (same after normalisation)
 * @param changeClass null when the texts are the same after normalisation
 * @param edits       runs in reading order (equal / delete / insert)
 * @param leftSpans   highlighted ranges of the left text (deletions)
 * @param rightSpans  highlighted ranges of the right text (insertions)
 * @param granularity word by word, or coarser for texts too long for that (see {@link #note()})
 */
public record TextDiff(double similarity, ChangeClass changeClass, List<WordEdit> edits,
                       List<Span> leftSpans, List<Span> rightSpans, DiffGranularity granularity) {
    public TextDiff {
        edits = List.copyOf(edits);
        leftSpans = List.copyOf(leftSpans);
        rightSpans = List.copyOf(rightSpans);
        granularity = granularity == null ? DiffGranularity.WORDS : granularity;
    }

    /** A word-by-word difference. */
    public TextDiff(double similarity, ChangeClass changeClass, List<WordEdit> edits,
                    List<Span> leftSpans, List<Span> rightSpans) {
        this(similarity, changeClass, edits, leftSpans, rightSpans, DiffGranularity.WORDS);
    }

    /** No difference at all. */
    public static TextDiff none(String text) {
        List<WordEdit> edits = text == null || text.isEmpty()
                ? List.of() : List.of(new WordEdit(EditOp.EQUAL, text, false));
        return new TextDiff(1.0, null, edits, List.of(), List.of());
    }

    /** A whole text present on one side only (an added or removed clause). */
    public static TextDiff oneSided(String text, EditOp op) {
        List<Span> span = text.isEmpty() ? List.of() : List.of(new Span(0, text.length(), op, false));
        return new TextDiff(0.0, ChangeClass.SUBSTANTIVE, List.of(new WordEdit(op, text, false)),
                op == EditOp.DELETE ? span : List.of(), op == EditOp.INSERT ? span : List.of());
    }

    public boolean changed() {
        return changeClass != null;
    }

    /** True when the texts were too long to compare word by word (compared by sentence or as a block). */
    public boolean coarse() {
        return granularity != DiffGranularity.WORDS;
    }

    /** The line a view shows beside a coarse comparison, or null for a word-by-word one. */
    public String note() {
        return granularity.note();
    }
}
