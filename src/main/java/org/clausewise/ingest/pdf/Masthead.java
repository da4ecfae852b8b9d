package org.clausewise.ingest.pdf;

import java.time.LocalDate;

/**
 * What the masthead of a UN document's first page says: the block at the top (United Nations,
 * the symbol, "General Assembly", "Distr.: General", the date, "Original: English") and the one
 * at the bottom (the job number and its barcode). It is metadata, never clause text.
 *
 * @param symbol       the document symbol, e.g. "A/RES/78/1", "A/C.3/80/L.56"; null when none is printed
 * @param distribution "General", "Limited" or "Restricted"; null when not printed
 * @param date         the date printed under the distribution (the issue date); null when none
 * @param original     the original language ("English"), printed on drafts; null when not printed
 * @param jobNumber    the job number as printed, e.g. "23-20100 (E)"; null when none
 * @param barcode      the digits of the barcode, e.g. "2320100"; null when none
 */
public record Masthead(String symbol, String distribution, LocalDate date, String original, String jobNumber,
                       String barcode) {
    /** Whether anything that only a UN document carries was found: a symbol with a distribution or a job number. */
    public boolean isUnDocument() {
        return symbol != null && (distribution != null || jobNumber != null || barcode != null);
    }

    /** True when nothing at all was read. */
    public boolean isEmpty() {
        return symbol == null && distribution == null && date == null && original == null && jobNumber == null
                && barcode == null;
    }
}
