package org.clausewise.corpus.search;

/**
 * The names of the index's fields. A clause document holds the text's identity (id, symbol,
 * session, kind, date, series), the clause's label and order, its passages as stored text, and
 * the three searchable fields; one manifest document per text records the version indexed.
 */
final class SearchFields {
    private SearchFields() {
    }

    /** "clause" or "text" (the manifest of one text). */
    static final String DOC = "doc";
    static final String CLAUSE_DOC = "clause";
    static final String TEXT_DOC = "text";

    static final String TEXT_ID = "text_id";
    static final String VERSION = "version";
    static final String SYMBOL = "symbol";
    static final String SESSION = "session";
    static final String KIND = "kind";
    static final String DATE = "date";
    static final String TITLE = "title";
    static final String FILE = "file";
    static final String SERIES = "series";
    static final String SERIES_TITLE = "series_title";
    static final String LABEL = "label";
    static final String ORDER = "order";
    static final String PASSAGE = "passage";
    static final String PASSAGE_LABEL = "passage_label";

    static final String EXACT = "exact";
    static final String WORDS = "words";
    static final String NEAR = "near";
    static final String NEAR_SPLIT = "near_split";

    /** The fields a mode looks in: a near search in both ways of reading compounds. */
    static java.util.List<String> fields(SearchMode mode) {
        switch (mode) {
            case EXACT: return java.util.List.of(EXACT);
            case WORDS: return java.util.List.of(WORDS);
            default: return java.util.List.of(NEAR, NEAR_SPLIT);
        }
    }
}
