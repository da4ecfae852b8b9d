package org.clausewise.ui.search;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clausewise.corpus.search.ClauseHit;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.SeriesTimeline;

/**
 * Which comparison a search hit opens: its text against the previous text of its series (the
 * hit on the right: what changed to arrive at this wording); for the first text of a series,
 * against the next one (the hit on the left: what became of it); for a text alone in its
 * series, against itself, so that the clause can still be read in place.
 *
 * @param left  the left text
 * @param right the right text
 * @param hitOnRight whether the hit's clause is the right side's (else the left's)
 * @param label the clause to go to, "OP 8"
 * @param why   one line for the status bar: what is compared with what, and why
 */
public record HitComparison(LibraryEntry left, LibraryEntry right, boolean hitOnRight, String label, String why) {
    /**
     * Timeline order of the sidebar: session, the draft before the adopted text, date, file. Read
     * from the texts' summaries: choosing the pair opens no text but the two compared.
     */
    private static final Comparator<LibraryEntry> TIMELINE = Comparator
            .comparing((LibraryEntry e) -> e.summary().session(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.isDraft() ? 0 : 1)
            .thenComparing((LibraryEntry e) -> e.summary().date(), Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(e -> String.valueOf(e.source().getFileName()));

    public static Optional<HitComparison> of(Library library, ClauseHit hit) {
        Optional<LibraryEntry> found = library.find(Path.of(hit.text().id()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LibraryEntry text = found.get();
        for (SeriesTimeline s : library.series()) {
            if (!s.adopted().contains(text) && !s.drafts().contains(text)) {
                continue;
            }
            List<LibraryEntry> timeline = new ArrayList<>(s.adopted());
            timeline.addAll(s.drafts());
            timeline.sort(TIMELINE);
            int at = timeline.indexOf(text);
            String name = text.displayName();
            if (at > 0) {
                LibraryEntry before = timeline.get(at - 1);
                return Optional.of(new HitComparison(before, text, true, hit.label(), hit.label() + " of " + name
                        + " against the previous text of its series, " + before.displayName()));
            }
            if (at + 1 < timeline.size()) {
                LibraryEntry after = timeline.get(at + 1);
                return Optional.of(new HitComparison(text, after, false, hit.label(), hit.label() + " of " + name
                        + " (the first text of its series) against the next, " + after.displayName()));
            }
            return Optional.of(new HitComparison(text, text, true, hit.label(), hit.label() + " of " + name
                    + ", the only text of its series, against itself"));
        }
        return Optional.empty();
    }
}
