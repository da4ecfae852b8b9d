package org.clausewise.corpus;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The order of a series' timeline: by session; within a session the draft before the adopted text;
 * then by date and file name so the order never depends on load order. Texts whose session cannot
 * be told come last.
 */
final class TimelineOrder {
    private TimelineOrder() {
    }

    static final Comparator<CorpusEntry> ORDER = Comparator
            .comparing((CorpusEntry e) -> e.resolution().session(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.isDraft() ? 0 : 1)
            .thenComparing((CorpusEntry e) -> e.resolution().date(),
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(CorpusEntry::fileName);
}
