package org.clausewise.model;

/**
 * Where a clause stands: the body's preambular paragraphs ("Recalling …,"), its operative
 * paragraphs ("1. Decides …;"), or an annex (a declaration's paragraphs, a treaty's articles).
 */
public enum Part {
    PREAMBLE, OPERATIVE, ANNEX;

    /** Short label a reader knows: "PP" for a preambular paragraph, "OP" for an operative one, "Annex". */
    public String abbreviation() {
        switch (this) {
            case PREAMBLE: return "PP";
            case OPERATIVE: return "OP";
            default: return "Annex";
        }
    }
}
