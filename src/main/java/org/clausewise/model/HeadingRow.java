package org.clausewise.model;

/**
 * A section heading of the left text beside its counterpart in the right text (or an annex's
 * title beside the other annex's): a heading is compared as its own row, so a renamed heading is
 * MODIFIED, an added section's heading ADDED, a section moved before another MOVED. Renumbering
 * alone ("IV." → "V.") is not a change. Either side is null where the other text has no counterpart.
 *
 * @param diff word difference of the two headings' words (their labels when neither has words)
 */
public record HeadingRow(Heading left, Heading right, ChangeKind kind, TextDiff diff) {
    public boolean isChange() {
        return kind != ChangeKind.UNCHANGED;
    }

    /** The heading of the side that has it, the right one first. */
    public Heading shown() {
        return right != null ? right : left;
    }

    /** The part it stands in (PREAMBLE or OPERATIVE in the body, ANNEX in an annex). */
    public Part part() {
        return shown().part();
    }
}
