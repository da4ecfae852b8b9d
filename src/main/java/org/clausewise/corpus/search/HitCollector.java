package org.clausewise.corpus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects every matching clause with what grouping needs (text, series, session, kind, date,
 * clause order) from doc values, so that a phrase found in a hundred thousand clauses is still
 * grouped without loading one stored document. Scores are not computed: results are ordered by
 * session, not by relevance.
 */
final class HitCollector extends SimpleCollector {
    /** One matching clause, before its stored fields are read. */
    record Hit(int doc, String textId, String seriesId, long session, int kindRank, long date, int order) {
    }

    private final List<Hit> hits = new ArrayList<>();
    private int docBase;
    private SortedDocValues text;
    private SortedDocValues series;
    private NumericDocValues session;
    private NumericDocValues kind;
    private NumericDocValues date;
    private NumericDocValues order;
    private String[] textNames;
    private String[] seriesNames;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        docBase = context.docBase;
        var leaf = context.reader();
        text = DocValues.getSorted(leaf, SearchFields.TEXT_ID);
        series = DocValues.getSorted(leaf, SearchFields.SERIES);
        session = DocValues.getNumeric(leaf, SearchFields.SESSION);
        kind = DocValues.getNumeric(leaf, SearchFields.KIND);
        date = DocValues.getNumeric(leaf, SearchFields.DATE);
        order = DocValues.getNumeric(leaf, SearchFields.ORDER);
        textNames = new String[Math.max(0, text.getValueCount())];
        seriesNames = new String[Math.max(0, series.getValueCount())];
    }

    @Override
    public void collect(int doc) throws IOException {
        hits.add(new Hit(docBase + doc, name(text, textNames, doc), name(series, seriesNames, doc),
                value(session, doc, ClauseDocuments.NO_SESSION), (int) value(kind, doc, 2),
                value(date, doc, ClauseDocuments.NO_DATE), (int) value(order, doc, 0)));
    }

    /** The term of a sorted doc value, looked up once per segment and value. */
    private static String name(SortedDocValues values, String[] names, int doc) throws IOException {
        if (!values.advanceExact(doc)) {
            return "";
        }
        int ord = values.ordValue();
        if (names[ord] == null) {
            names[ord] = values.lookupOrd(ord).utf8ToString();
        }
        return names[ord];
    }

    private static long value(NumericDocValues values, int doc, long missing) throws IOException {
        return values.advanceExact(doc) ? values.longValue() : missing;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    List<Hit> hits() {
        return hits;
    }
}
