package org.clausewise.corpus.search;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * "First agreed in": texts ordered adopted before drafts, then by session, then by date, so that
 * the first is the earliest text where the General Assembly agreed the wording; a draft counts
 * only where nothing adopted holds it. A series' timeline is ordered differently
 * ({@link #TIMELINE}): by session, a draft just before the text adopted from it.
 */
final class FirstAppearance {
    private FirstAppearance() {
    }

    static final Comparator<TextInfo> ORDER = Comparator
            .comparingInt((TextInfo t) -> KindOrder.rank(t.kind()))
            .thenComparing(TextInfo::session, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TextInfo::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(TextInfo::displayName);

    static final Comparator<TextInfo> TIMELINE = Comparator
            .comparing(TextInfo::session, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing((TextInfo t) -> t.isAdopted() ? 1 : 0)
            .thenComparing(TextInfo::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(t -> t.file() == null ? t.id() : t.file());
}
