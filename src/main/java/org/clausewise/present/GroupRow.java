package org.clausewise.present;

/**
 * A heading over the clause rows that follow: "Preamble", "Operative part". The text model will
 * gain sections and annexes (decision 0007); they come in as more group rows, one level deeper
 * for a section, so every drawer shows the text's tree without a special case.
 *
 * @param kind  what the group is
 * @param level 0 for a part or an annex, 1 for a section in it, …
 * @param title the heading as shown
 * @param shown how many of the group's clause rows are shown (fewer when only changes are shown)
 * @param total how many clause rows the group has
 */
public record GroupRow(Kind kind, int level, String title, int shown, int total) implements DisplayRow {
    public enum Kind { PART, SECTION, ANNEX }

    /** Some rows of the group are left out (only changes are shown). */
    public boolean filtered() {
        return shown < total;
    }
}
