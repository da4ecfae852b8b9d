package org.clausewise.corpus.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene documents of one text: one per clause, and one manifest that records which version
 * of the text the clause documents come from. What grouping needs for every hit (text, series,
 * session, kind, date, clause order) is in doc values, read without loading stored fields; what
 * a result shows (symbol, labels, the passages' display text) is stored.
 */
final class ClauseDocuments {
    /** No session sorts after every real one. */
    static final long NO_SESSION = Integer.MAX_VALUE;
    /** No date sorts after every real one. */
    static final long NO_DATE = Long.MAX_VALUE;

    private static final FieldType PHRASE_FIELD = searchable(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    private static final FieldType WORDS_FIELD = searchable(IndexOptions.DOCS);

    private ClauseDocuments() {
    }

    private static FieldType searchable(IndexOptions options) {
        FieldType t = new FieldType();
        t.setIndexOptions(options);
        t.setTokenized(true);
        t.setStored(false);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }

    static List<Document> of(SearchableText text, List<SearchableClause> clauses) {
        List<Document> docs = new ArrayList<>(clauses.size() + 1);
        for (int order = 0; order < clauses.size(); order++) {
            SearchableClause clause = clauses.get(order);
            Document doc = new Document();
            doc.add(new StringField(SearchFields.DOC, SearchFields.CLAUSE_DOC, Field.Store.NO));
            identity(doc, text);
            doc.add(new StoredField(SearchFields.LABEL, clause.label()));
            doc.add(new StoredField(SearchFields.ORDER, order));
            doc.add(new NumericDocValuesField(SearchFields.ORDER, order));
            for (SearchableClause.Passage p : clause.passages()) {
                doc.add(new StoredField(SearchFields.PASSAGE_LABEL, p.label()));
                doc.add(new StoredField(SearchFields.PASSAGE, p.text()));
                doc.add(new Field(SearchFields.EXACT, p.text(), PHRASE_FIELD));
                doc.add(new Field(SearchFields.WORDS, p.text(), WORDS_FIELD));
                doc.add(new Field(SearchFields.NEAR, p.text(), PHRASE_FIELD));
                doc.add(new Field(SearchFields.NEAR_SPLIT, p.text(), PHRASE_FIELD));
            }
            docs.add(doc);
        }
        Document manifest = new Document();
        manifest.add(new StringField(SearchFields.DOC, SearchFields.TEXT_DOC, Field.Store.NO));
        identity(manifest, text);
        manifest.add(new StoredField(SearchFields.VERSION, text.state()));
        docs.add(manifest);
        return docs;
    }

    /** Who the text is, on every document of it; the series also indexed, to list a series' texts. */
    private static void identity(Document doc, SearchableText text) {
        doc.add(new StringField(SearchFields.TEXT_ID, text.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(SearchFields.TEXT_ID, new BytesRef(text.id())));
        doc.add(new StringField(SearchFields.SERIES, text.seriesId(), Field.Store.YES));
        doc.add(new SortedDocValuesField(SearchFields.SERIES, new BytesRef(text.seriesId())));
        storeIfPresent(doc, SearchFields.SERIES_TITLE, text.seriesTitle());
        storeIfPresent(doc, SearchFields.SYMBOL, text.symbol());
        storeIfPresent(doc, SearchFields.TITLE, text.title());
        storeIfPresent(doc, SearchFields.FILE, text.file());
        String kind = text.kind() == null ? null : text.kind().jsonName();
        storeIfPresent(doc, SearchFields.KIND, kind);
        doc.add(new NumericDocValuesField(SearchFields.KIND, KindOrder.rank(kind)));
        if (text.session() != null) {
            doc.add(new StoredField(SearchFields.SESSION, text.session()));
        }
        doc.add(new NumericDocValuesField(SearchFields.SESSION, text.session() == null ? NO_SESSION : text.session()));
        if (text.date() != null) {
            doc.add(new StoredField(SearchFields.DATE, text.date().toString()));
        }
        doc.add(new NumericDocValuesField(SearchFields.DATE, text.date() == null ? NO_DATE : text.date().toEpochDay()));
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }
}
