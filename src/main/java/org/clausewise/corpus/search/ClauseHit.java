package org.clausewise.corpus.search;

import java.util.List;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.TextDiff;

/**
 * One clause that holds the phrase.
 *
 * @param text         the text it belongs to
 * @param label        "OP 8", "PP 3"
 * @param order        the clause's place in its text (0 = first), to open it in a comparison
 * @param passageLabel the sub-paragraph holding the phrase ("c"), "" for the lead-in, or
 *                     {@link #WHOLE_CLAUSE} when the words are spread over several passages
 * @param passage      that passage's display text
 * @param highlights   where the phrase (or each word) stands in {@code passage}
 * @param change       how this passage's wording differs from the one holding the phrase in the
 *                     previous text of the series; null in the first text of the series that holds it
 */
public record ClauseHit(TextInfo text, String label, int order, String passageLabel, String passage,
                        List<Highlight> highlights, WordingChange change) {
    /** The passage label of a hit whose words are found across the lead-in and sub-paragraphs. */
    public static final String WHOLE_CLAUSE = "*";

    public ClauseHit {
        highlights = List.copyOf(highlights);
    }

    /** "OP 8 (c)" or "OP 8", as a delegate cites it. */
    public String clauseReference() {
        return passageLabel.isEmpty() || passageLabel.equals(WHOLE_CLAUSE) ? label : label + " (" + passageLabel + ")";
    }

    /** "A/RES/61/168, OP 8 (c)". */
    public String reference() {
        return text.displayName() + ", " + clauseReference();
    }

    /** Null when unchanged from the previous text that holds it, when this is the first, or a new clause. */
    public ChangeClass wordingChange() {
        return change == null || change.isNew() ? null : change.diff().changeClass();
    }

    /** This hit with its comparison to the previous text's. */
    ClauseHit withChange(WordingChange c) {
        return new ClauseHit(text, label, order, passageLabel, passage, highlights, c);
    }

    /**
     * The wording of a hit against the passage holding the phrase in the series' previous text.
     *
     * @param previous "A/RES/61/168, OP 8" it was compared with; null for a new clause
     * @param diff     word diff, previous → this (the compare engine's, editorial kept apart); null
     *                 for a new clause
     */
    public record WordingChange(String previous, TextDiff diff) {
        /** A clause that holds the phrase here, in a text after the first, but is like none of the previous text's. */
        public static WordingChange newClause() {
            return new WordingChange(null, null);
        }

        public boolean isNew() {
            return diff == null;
        }

        /** Worded as before (the same after typography is set aside). */
        public boolean unchanged() {
            return diff != null && !diff.changed();
        }
    }
}
