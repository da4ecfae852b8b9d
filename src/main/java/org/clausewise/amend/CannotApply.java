package org.clausewise.amend;

/** Why an instruction is left unapplied, in a reader's words ("words not found in OP 5: …"). */
final class CannotApply extends Exception {
    private static final long serialVersionUID = 1L;

    CannotApply(String reason) {
        super(reason, null, false, false);
    }
}
