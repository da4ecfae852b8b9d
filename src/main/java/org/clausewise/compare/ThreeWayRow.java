package org.clausewise.compare;

import java.util.List;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Part;

/**
 * One clause across last session's resolution, this session's draft and the adopted text, with its
 * story. A side is null where that text lacks the clause. The two-way rows it was built from carry
 * the word edits of each step:
 *
 * @param fromLastYear      last year → draft (an added row for a clause new in the draft, a removed
 *                          row for one the draft left out); null where the draft lacks the clause
 *                          and last year's text has no say (added in negotiation, restored)
 * @param inNegotiation     draft → adopted (a removed row for a clause dropped, an added row for one
 *                          added in negotiation); null where neither the draft nor the adopted text
 *                          speaks (a clause not carried over, a restored one)
 * @param previousToAdopted last year → adopted, where the alignment of those two texts pairs this
 *                          row's clauses (a restored clause; a clause the draft changed, to tell
 *                          whether negotiation put last year's wording back); else null
 * @param subparagraphs     the clause's sub-paragraphs across the three texts
 */
public record ThreeWayRow(Part part, Clause previous, Clause draft, Clause adopted, ClauseRow fromLastYear,
                          ClauseRow inNegotiation, ClauseRow previousToAdopted, Story story,
                          List<ThreeWaySubRow> subparagraphs) {
    public ThreeWayRow {
        subparagraphs = List.copyOf(subparagraphs);
    }

    /** How much the draft changed last year's clause: NONE when either is missing. */
    public StepChange lastYearChange() {
        return previous == null || draft == null ? StepChange.NONE : StepChange.of(fromLastYear);
    }

    /** How much negotiation changed the draft's clause: NONE when either is missing. */
    public StepChange negotiationChange() {
        return draft == null || adopted == null ? StepChange.NONE : StepChange.of(inNegotiation);
    }

    /** The draft brought the clause in: it is not in last year's text. */
    public boolean newThisSession() {
        return previous == null && draft != null;
    }

    /**
     * The draft changed last year's wording and negotiation put it back: the adopted clause reads as
     * last year's did (up to editorial changes).
     */
    public boolean backToLastYear() {
        return draft != null && lastYearChange() == StepChange.CHANGED && negotiationChange() == StepChange.CHANGED
                && previousToAdopted != null && StepChange.of(previousToAdopted) != StepChange.CHANGED;
    }

    /** "OP 12" of the adopted text, else of the draft, else of last year's text. */
    public String label() {
        return latest().label();
    }

    /** The clause as it last stands: the adopted text's, else the draft's, else last year's. */
    public Clause latest() {
        return adopted != null ? adopted : draft != null ? draft : previous;
    }
}
