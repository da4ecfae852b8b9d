package org.clausewise.amend;

import org.clausewise.model.AmendmentInstruction;

/**
 * What one instruction of an amendment did to the draft: applied, with what it changed ("PP 38
 * deleted"), or not applied, with why ("words not found in OP 5: "made-up concern"").
 *
 * @param amendment   the amendment's symbol, or its display name when it has none
 * @param number      the instruction's place in its amendment, from 1
 * @param instruction the instruction as read
 * @param target      the paragraph it works on as the draft numbers it ("PP 38", "OP 4 (b)"); null when
 *                    none could be told
 * @param applied     true when the draft was changed as the instruction says
 * @param detail      what it changed, or the reason it was not applied, in a reader's words
 */
public record InstructionOutcome(String amendment, int number, AmendmentInstruction instruction, String target,
                                 boolean applied, String detail) {
    /** "A/80/L.19 (1) applied: PP 38 deleted" or "A/80/L.21 (2) NOT applied: words not found …". */
    public String describe() {
        return amendment + " (" + number + ") " + (applied ? "applied: " : "NOT applied: ") + detail;
    }
}
