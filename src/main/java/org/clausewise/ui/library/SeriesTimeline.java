package org.clausewise.ui.library;

import java.util.List;

/** A series of texts with one subject, oldest session first; drafts kept apart from adopted texts. */
public record SeriesTimeline(String title, List<LibraryEntry> adopted, List<LibraryEntry> drafts) {
    public SeriesTimeline {
        adopted = List.copyOf(adopted);
        drafts = List.copyOf(drafts);
    }
}
