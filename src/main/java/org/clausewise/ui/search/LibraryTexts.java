package org.clausewise.ui.search;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.corpus.search.CorpusTexts;
import org.clausewise.corpus.search.SearchableText;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.SeriesTimeline;

/**
 * The window's library as search sees it: each text by its file's absolute path, in the series
 * the sidebar shows (named by the series' first text). Whole texts are read only for those the
 * search index does not hold yet.
 */
final class LibraryTexts {
    private LibraryTexts() {
    }

    static List<SearchableText> of(Library library) {
        List<SearchableText> out = new ArrayList<>();
        for (SeriesTimeline s : library.series()) {
            List<LibraryEntry> texts = new ArrayList<>(s.adopted());
            texts.addAll(s.drafts());
            if (texts.isEmpty()) {
                continue;
            }
            String seriesId = id(texts.get(0));
            for (LibraryEntry e : texts) {
                out.add(CorpusTexts.text(e.corpusEntry(), seriesId, s.title()));
            }
        }
        return out;
    }

    static String id(LibraryEntry e) {
        return e.source().toAbsolutePath().normalize().toString();
    }
}
