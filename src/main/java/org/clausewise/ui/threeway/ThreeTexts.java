package org.clausewise.ui.threeway;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.SeriesTimeline;

/**
 * The three texts of the negotiation view, and how they are found for a draft: in the draft's
 * series, the adopted text of the same session and the newest adopted text of an earlier session.
 */
public record ThreeTexts(LibraryEntry previous, LibraryEntry draft, LibraryEntry adopted) {
    public ThreeTexts {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(adopted, "adopted");
    }

    /** The draft's three texts when its series has last session's resolution and the adopted text. */
    public static Optional<ThreeTexts> forDraft(Library library, LibraryEntry draft) {
        Integer session = draft == null ? null : draft.resolution().session();
        if (session == null || library == null) {
            return Optional.empty();
        }
        for (SeriesTimeline series : library.series()) {
            if (!series.drafts().contains(draft)) {
                continue;
            }
            LibraryEntry previous = null;
            LibraryEntry adopted = null;
            for (LibraryEntry e : series.adopted()) { // oldest first: the last match is the newest
                Integer s = e.resolution().session();
                if (s != null && s < session) {
                    previous = e;
                } else if (s != null && s.equals(session) && adopted == null) {
                    adopted = e;
                }
            }
            return previous == null || adopted == null ? Optional.empty()
                    : Optional.of(new ThreeTexts(previous, draft, adopted));
        }
        return Optional.empty();
    }

    /** What the dialog offers first: the triple of a draft among the picked texts, if it has one. */
    public static Optional<ThreeTexts> guess(Library library, List<LibraryEntry> picked) {
        return picked.stream().filter(e -> e != null && e.isDraft()).map(e -> forDraft(library, e))
                .flatMap(Optional::stream).findFirst();
    }

    /** Three different texts, the middle one a draft: what the negotiation view compares. */
    public static Optional<String> problem(LibraryEntry previous, LibraryEntry draft, LibraryEntry adopted) {
        if (previous == null || draft == null || adopted == null) {
            return Optional.of("Pick all three texts.");
        }
        if (previous.equals(draft) || draft.equals(adopted) || previous.equals(adopted)) {
            return Optional.of("Pick three different texts.");
        }
        return Optional.empty();
    }
}
