package org.clausewise.model;

import java.util.List;

/**
 * What an amendment document does: the draft it amends ("A/80/L.18") and its instructions in order.
 *
 * @param draftSymbol the symbol of the draft amended, null when the text does not name it
 */
public record Amendment(String draftSymbol, List<AmendmentInstruction> instructions) {
    public Amendment {
        instructions = List.copyOf(instructions);
    }
}
