package org.clausewise.present;

/**
 * One step of a clause's story as the two-way view shows it: last year → draft, draft → adopted,
 * or (for a clause the draft lacks) last year → adopted. The row is the two-way presentation of
 * that step under the same view options, so its redline, badges and sub-paragraphs are exactly
 * what the side-by-side viewer shows for the same two texts.
 */
public record NegotiationStep(Kind kind, PresentedRow row) {
    public enum Kind {
        FROM_LAST_YEAR("last year \u2192 draft"),
        IN_NEGOTIATION("draft \u2192 adopted"),
        LAST_YEAR_TO_ADOPTED("last year \u2192 adopted");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** The step changed something the reader is shown (an editorial change only while shown). */
    public boolean isChange() {
        return row.isChange();
    }
}
