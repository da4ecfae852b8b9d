package org.clausewise.model;

import java.util.Locale;

/**
 * What kind of General Assembly document a text is: an adopted resolution or decision, a draft of
 * either, or an amendment to a draft.
 */
public enum ResolutionKind {
    RESOLUTION, DRAFT, DECISION, DRAFT_DECISION, AMENDMENT;

    /** The word used in the command-line JSON: {@code "resolution"}, {@code "draft"}, {@code "draft-decision"} … */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A draft resolution or a draft decision: a text not (yet) adopted. */
    public boolean isDraft() {
        return this == DRAFT || this == DRAFT_DECISION;
    }

    /** A decision or a draft decision: one paragraph, "The General Assembly, …, decides …". */
    public boolean isDecision() {
        return this == DECISION || this == DRAFT_DECISION;
    }

    /** How a reader names the kind: "Resolution", "Draft", "Decision", "Draft decision", "Amendment". */
    public String displayName() {
        switch (this) {
            case DRAFT: return "Draft";
            case DECISION: return "Decision";
            case DRAFT_DECISION: return "Draft decision";
            case AMENDMENT: return "Amendment";
            default: return "Resolution";
        }
    }
}
