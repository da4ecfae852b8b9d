package org.clausewise.corpus;

import java.time.LocalDate;
import java.util.Comparator;
import org.clausewise.model.ResolutionKind;

/**
 * The order of a series' timeline: by session; within a session the drafts, then the amendments to
 * them, then the adopted text; then by date and file name so the order never depends on load
 * order. Texts whose session cannot be told come last.
 */
final class TimelineOrder {
    private TimelineOrder() {
    }

    static final Comparator<CorpusEntry> ORDER = Comparator
            .comparing((CorpusEntry e) -> e.summary().session(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.summary().isAdopted() ? 2 : e.summary().kind() == ResolutionKind.AMENDMENT ? 1 : 0)
            .thenComparing((CorpusEntry e) -> e.summary().date(),
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(CorpusEntry::fileName)
            .thenComparing(e -> e.source().toString());
}
