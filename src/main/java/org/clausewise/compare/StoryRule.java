package org.clausewise.compare;

import org.clausewise.model.Clause;
import org.clausewise.model.ClauseRow;

/**
 * The one rule that names a clause's story. Which texts have the clause decides most of it; where
 * the clause is in all three, or in the draft and the adopted text, the later step wins: a change
 * in negotiation names the story even when the draft had already changed last year's wording or
 * brought the clause in, because what the adopted text made of the draft is the question this view
 * answers first. The earlier step is not lost: the row keeps both, and the presentation says "also
 * changed from last year" or "new this session" beside the story.
 */
final class StoryRule {
    private StoryRule() {
    }

    static Story of(Clause previous, Clause draft, Clause adopted, ClauseRow fromLastYear, ClauseRow inNegotiation) {
        if (draft == null) {
            if (adopted == null) {
                return Story.NOT_CARRIED_OVER;
            }
            return previous != null ? Story.RESTORED : Story.ADDED_IN_NEGOTIATION;
        }
        if (adopted == null) {
            return Story.DROPPED_IN_NEGOTIATION;
        }
        if (StepChange.of(inNegotiation) == StepChange.CHANGED) {
            return Story.CHANGED_IN_NEGOTIATION;
        }
        if (previous == null) {
            return Story.NEW_THIS_SESSION;
        }
        return StepChange.of(fromLastYear) == StepChange.CHANGED ? Story.CHANGED_FROM_LAST_YEAR : Story.CARRIED_OVER;
    }
}
