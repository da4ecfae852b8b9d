package org.clausewise.amend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.AmendmentInstruction;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;

/**
 * Applies amendments to their draft: every instruction of every amendment, in the order given, on a
 * working copy of the draft. Each instruction names paragraphs as the draft numbers them, whatever
 * earlier instructions inserted or deleted. What cannot be applied exactly as written (a paragraph
 * not there or already deleted, words not found or found twice, a quoted paragraph that reads
 * otherwise, an instruction whose form is not clear) is reported and left out, never guessed.
 */
public final class DraftAmender {
    /**
     * The draft as amended by {@code amendments} (each of kind AMENDMENT), with one outcome per instruction.
     *
     * @throws IllegalArgumentException when one of them is not an amendment
     */
    public AmendedDraft apply(Resolution draft, List<Resolution> amendments) {
        WorkingText text = new WorkingText(draft);
        List<InstructionOutcome> outcomes = new ArrayList<>();
        LocalDate date = draft.date();
        for (Resolution a : amendments) {
            if (a.kind() != ResolutionKind.AMENDMENT || a.amendment() == null) {
                throw new IllegalArgumentException(a.displayName() + " is not an amendment");
            }
            String name = a.displayName();
            int n = 0;
            for (AmendmentInstruction i : a.amendment().instructions()) {
                n++;
                try {
                    Done done = apply(text, i, name + " (" + n + ")");
                    outcomes.add(new InstructionOutcome(name, n, i, done.target(), true, done.detail()));
                } catch (CannotApply e) {
                    outcomes.add(new InstructionOutcome(name, n, i, named(i), false, e.getMessage()));
                }
            }
            if (a.date() != null && (date == null || a.date().isAfter(date))) {
                date = a.date();
            }
        }
        Resolution amended = AmendedText.build(text, draft.displayName() + " as amended", date);
        return new AmendedDraft(draft, amendments, amended, outcomes);
    }

    private static Done apply(WorkingText text, AmendmentInstruction i, String by) throws CannotApply {
        Operation op = Operation.of(i);
        if (op == null) {
            throw new CannotApply("the instruction does not say clearly what to insert where");
        }
        switch (op) {
            case DELETE_PARAGRAPH: return ParagraphEdits.delete(text, i, by);
            case REPLACE_PARAGRAPH: return ParagraphEdits.replace(text, i);
            case INSERT_PARAGRAPHS: return ParagraphEdits.insert(text, i);
            case DELETE_SUBPARAGRAPH: return SubparagraphEdits.delete(text, i);
            case REPLACE_SUBPARAGRAPH: return SubparagraphEdits.replace(text, i);
            case INSERT_SUBPARAGRAPHS: return SubparagraphEdits.insert(text, i);
            case DELETE_WORDS: return WordEdits.delete(text, i);
            case REPLACE_WORDS: return WordEdits.replace(text, i);
            case INSERT_WORDS: return WordEdits.insert(text, i);
            default: return WordEdits.addAtEnd(text, i);
        }
    }

    /** The paragraph as the instruction names it ("OP 60", "PP 38 (b)"), for an outcome that could not be applied. */
    private static String named(AmendmentInstruction i) {
        var part = WorkingText.partOf(i);
        if (part == null || i.paragraph() == null) {
            return null;
        }
        return part.abbreviation() + " " + (i.section() == null ? "" : i.section() + ".") + i.paragraph()
                + (i.subparagraph() == null ? "" : " (" + i.subparagraph() + ")");
    }
}
