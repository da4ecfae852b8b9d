package org.clausewise.model;

import java.util.Locale;

/**
 * One instruction of an amendment: "Delete operative paragraph 9", "In the fourth preambular
 * paragraph, replace the words "x" with "y"", "After operative paragraph 3, insert a new operative
 * paragraph, reading: …". Only read here; applying it to the draft is the negotiation view's job,
 * which flags what it cannot apply.
 *
 * @param action      delete, replace, insert or add
 * @param part        the part it targets: PREAMBLE or OPERATIVE; null when not said
 * @param paragraph   the target paragraph's number ("thirty-eighth" → 38); null when none is named
 *                    (an added paragraph "at the end")
 * @param ordinal     the paragraph as printed ("thirty-eighth", "9"), null when none
 * @param section     the section named ("IV"), null when none
 * @param subparagraph the sub-paragraph named ("b"), null when none
 * @param position    where new text goes relative to the target: before, after, at the end; null when the
 *                    instruction works on the target itself
 * @param words       the quoted words it deletes or replaces, null when it works on a whole paragraph
 * @param newText     the text it inserts or puts in place, null for a deletion
 * @param printed     the instruction as printed (without the new paragraph's text)
 */
public record AmendmentInstruction(Action action, Part part, Integer paragraph, String ordinal, String section,
                                   String subparagraph, Position position, String words, String newText,
                                   String printed) {
    public enum Action {
        DELETE, REPLACE, INSERT, ADD;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Position {
        BEFORE, AFTER, AT_END;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
