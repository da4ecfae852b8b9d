package org.clausewise.corpus.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ResolutionKind;

/** Made-up texts for search, built straight as {@link SearchableText}s: one clause per string. */
final class MadeUpTexts {
    private MadeUpTexts() {
    }

    /** An adopted text A/RES/{session}/{number} of a series; clauses "OP 1", "OP 2", … */
    static SearchableText adopted(String series, int session, int number, String... clauses) {
        return text("A/RES/" + session + "/" + number, series, session, ResolutionKind.RESOLUTION, clauses);
    }

    /** A draft (no symbol) of a series. */
    static SearchableText draft(String series, int session, String... clauses) {
        return text(null, series, session, ResolutionKind.DRAFT, clauses);
    }

    static SearchableText text(String symbol, String series, int session, ResolutionKind kind, String... clauses) {
        List<SearchableClause> list = new ArrayList<>();
        for (int i = 0; i < clauses.length; i++) {
            list.add(clause("OP " + (i + 1), clauses[i]));
        }
        return text(symbol, series, session, kind, list);
    }

    static SearchableText text(String symbol, String series, int session, ResolutionKind kind,
                               List<SearchableClause> clauses) {
        String file = (symbol == null ? "draft-" + series + "-" + session : symbol.replace('/', '-')) + ".txt";
        return new SearchableText("/made-up/" + file, "v1", symbol, session, kind,
                LocalDate.of(1945 + session, 12, kind == ResolutionKind.DRAFT ? 1 : 20), "Title of " + series, file,
                series, "Series " + series, () -> clauses);
    }

    /** A clause of one lead-in, or a lead-in followed by sub-paragraphs (a), (b), … */
    static SearchableClause clause(String label, String leadIn, String... subparagraphs) {
        List<SearchableClause.Passage> passages = new ArrayList<>();
        passages.add(new SearchableClause.Passage("", leadIn));
        for (int i = 0; i < subparagraphs.length; i++) {
            passages.add(new SearchableClause.Passage(String.valueOf((char) ('a' + i)), subparagraphs[i]));
        }
        return new SearchableClause(label, passages);
    }

    /** The same text in another version (as if re-parsed with other clauses). */
    static SearchableText withVersion(SearchableText t, String version, String... clauses) {
        List<SearchableClause> list = new ArrayList<>();
        for (int i = 0; i < clauses.length; i++) {
            list.add(clause("OP " + (i + 1), clauses[i]));
        }
        return new SearchableText(t.id(), version, t.symbol(), t.session(), t.kind(), t.date(), t.title(), t.file(),
                t.seriesId(), t.seriesTitle(), () -> list);
    }
}
