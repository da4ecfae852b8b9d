package org.clausewise.amend;

import java.util.List;
import org.clausewise.model.Resolution;

/**
 * A draft with amendments applied: the draft as it was, the draft as amended (a {@link Resolution}
 * that compares with the draft as any two texts do), and what each instruction did, in order.
 */
public record AmendedDraft(Resolution draft, List<Resolution> amendments, Resolution amended,
                           List<InstructionOutcome> outcomes) {
    public AmendedDraft {
        amendments = List.copyOf(amendments);
        outcomes = List.copyOf(outcomes);
    }

    /** How many instructions were applied. */
    public long appliedCount() {
        return outcomes.stream().filter(InstructionOutcome::applied).count();
    }

    /** The instructions that could not be applied. */
    public List<InstructionOutcome> notApplied() {
        return outcomes.stream().filter(o -> !o.applied()).toList();
    }
}
