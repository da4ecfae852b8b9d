package org.clausewise.corpus.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Reads what a result shows from the stored fields: a hit's text, label and the passage holding
 * the phrase (with highlights); a series' texts in timeline order.
 */
final class StoredHits {
    private final IndexSearcher searcher;
    private final MatchLocator locator = new MatchLocator();

    StoredHits(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** The texts of a series, in timeline order, and the series' title. */
    record SeriesTexts(String title, List<TextInfo> texts) {
    }

    ClauseHit hit(PhraseQuery query, int doc) throws IOException {
        Document d = fields().document(doc);
        IndexableField[] labels = d.getFields(SearchFields.PASSAGE_LABEL);
        IndexableField[] texts = d.getFields(SearchFields.PASSAGE);
        String label = d.get(SearchFields.LABEL);
        int order = d.getField(SearchFields.ORDER).numericValue().intValue();
        TextInfo text = textInfo(d);
        for (int i = 0; i < texts.length; i++) {
            String passage = texts[i].stringValue();
            List<Highlight> highlights = locator.locate(query, passage);
            boolean holds = query.mode() == SearchMode.WORDS ? locator.holdsAllWords(query, passage) : !highlights.isEmpty();
            if (holds) {
                return new ClauseHit(text, label, order, labels[i].stringValue(), passage, highlights, null);
            }
        }
        // the words are spread over the lead-in and sub-paragraphs: the clause as a whole holds them
        String whole = wholeClause(labels, texts);
        return new ClauseHit(text, label, order, ClauseHit.WHOLE_CLAUSE, whole, locator.locate(query, whole), null);
    }

    /** The lead-in and each sub-paragraph "(a) …" on a line of its own, as {@code Clause.fullText} writes it. */
    private static String wholeClause(IndexableField[] labels, IndexableField[] texts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            String label = labels[i].stringValue();
            if (!label.isEmpty()) {
                sb.append('(').append(label).append(") ");
            }
            sb.append(texts[i].stringValue());
        }
        return sb.toString();
    }

    SeriesTexts seriesTexts(String seriesId) throws IOException {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.DOC, SearchFields.TEXT_DOC)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(SearchFields.SERIES, seriesId)), BooleanClause.Occur.FILTER)
                .build();
        int count = Math.max(1, searcher.count(q));
        List<TextInfo> texts = new ArrayList<>();
        String title = null;
        StoredFields fields = fields();
        for (ScoreDoc sd : searcher.search(q, count).scoreDocs) {
            Document d = fields.document(sd.doc);
            texts.add(textInfo(d));
            if (title == null) {
                title = d.get(SearchFields.SERIES_TITLE);
            }
        }
        texts.sort(FirstAppearance.TIMELINE);
        return new SeriesTexts(title == null ? "" : title, texts);
    }

    private StoredFields fields() throws IOException {
        return searcher.getIndexReader().storedFields();
    }

    private static TextInfo textInfo(Document d) {
        IndexableField session = d.getField(SearchFields.SESSION);
        return new TextInfo(d.get(SearchFields.TEXT_ID), d.get(SearchFields.SYMBOL),
                session == null ? null : session.numericValue().intValue(), d.get(SearchFields.KIND),
                date(d.get(SearchFields.DATE)), d.get(SearchFields.FILE));
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
