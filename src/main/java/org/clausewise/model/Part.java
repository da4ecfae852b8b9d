package org.clausewise.model;

/** The two parts of a resolution: preambular paragraphs ("Recalling …,") and operative paragraphs ("1. Decides …;"). */
public enum Part {
    PREAMBLE, OPERATIVE;

    /** Short label a reader knows: "PP" for a preambular paragraph, "OP" for an operative one. */
    public String abbreviation() {
        return this == PREAMBLE ? "PP" : "OP";
    }
}
