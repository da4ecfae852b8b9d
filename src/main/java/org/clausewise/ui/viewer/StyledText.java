package org.clausewise.ui.viewer;

import java.util.List;
import java.util.Set;

/**
 * One side of one row as plain data: the text to show and the style classes of each run. The view
 * hands this to RichTextFX as {@code StyleSpans}; nothing is styled from event handlers.
 *
 * @param text         what the text area shows (clause text, superscript marks, sub-paragraphs)
 * @param runs         consecutive runs covering the whole text, in order
 * @param firstChange  offset of the first highlighted run, or -1 when nothing is highlighted;
 *                     next-change puts the caret there
 */
public record StyledText(String text, List<Run> runs, int firstChange) {
    public StyledText {
        runs = List.copyOf(runs);
    }

    /** A run of {@code length} characters drawn with {@code styleClasses}. */
    public record Run(int length, Set<String> styleClasses) {
        public Run {
            styleClasses = Set.copyOf(styleClasses);
        }
    }

    public static StyledText empty() {
        return new StyledText("", List.of(), -1);
    }

    /** The style classes at a character offset; empty past the end. */
    public Set<String> classesAt(int offset) {
        int pos = 0;
        for (Run run : runs) {
            if (offset < pos + run.length()) {
                return run.styleClasses();
            }
            pos += run.length();
        }
        return Set.of();
    }
}
