package org.clausewise.corpus.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.clausewise.model.ResolutionKind;

/**
 * What search needs to know of one text of the library: who it is, which series it belongs to,
 * and (only when it has to be indexed) its clauses. This narrow view keeps the search index
 * independent of how the corpus holds its texts: an adapter ({@link CorpusTexts}) makes these
 * from the library, loading clauses only for texts the index does not have yet.
 *
 * @param id          stable identity of the text, e.g. its file's absolute path
 * @param version     changes whenever the text's clauses may have changed (a content hash, or file
 *                    size, time and parser version): the index re-reads a text whose version differs
 * @param symbol      "A/RES/61/168", or null (most drafts)
 * @param session     the General Assembly session, or null when unknown
 * @param kind        resolution, draft, …: adopted texts come before drafts for "first agreed"
 * @param date        adoption (or issue) date, or null
 * @param title       the text's own title
 * @param file        the file name, how a user recognises a text without a symbol
 * @param seriesId    identity of the series the text belongs to (same for all its texts)
 * @param seriesTitle the series' title as the sidebar shows it
 * @param clauses     loads the clauses in reading order
 */
public record SearchableText(String id, String version, String symbol, Integer session, ResolutionKind kind,
                             LocalDate date, String title, String file, String seriesId, String seriesTitle,
                             ClauseSource clauses) {
    public SearchableText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(clauses, "clauses");
    }

    /** Loads a text's clauses, e.g. from the parsed-text cache; called only for texts being indexed. */
    @FunctionalInterface
    public interface ClauseSource {
        List<SearchableClause> load() throws IOException;
    }

    /** What the index compares to know whether this text's documents are current. */
    String state() {
        return version + '\u0000' + seriesId + '\u0000' + Objects.toString(seriesTitle, "");
    }
}
