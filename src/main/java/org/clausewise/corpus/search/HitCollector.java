package org.clausewise.corpus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects every matching clause with what grouping needs (text, series, session, kind, date,
 * clause order) from doc values, into plain arrays: a phrase found in tens of thousands of
 * clauses is grouped without loading one stored document or making one object per hit. Texts
 * and series get small numbers (keys) the first time they are seen. Scores are not computed:
 * results are ordered by session, not by relevance.
 */
final class HitCollector extends SimpleCollector {
    int size;
    int[] doc = new int[64];
    int[] text = new int[64];
    int[] series = new int[64];
    long[] session = new long[64];
    int[] kind = new int[64];
    long[] date = new long[64];
    int[] order = new int[64];

    /** Key → name, for texts and series. */
    final List<String> textIds = new ArrayList<>();
    final List<String> seriesIds = new ArrayList<>();
    private final Map<String, Integer> textKeys = new HashMap<>();
    private final Map<String, Integer> seriesKeys = new HashMap<>();

    private int docBase;
    private SortedDocValues textValues;
    private SortedDocValues seriesValues;
    private NumericDocValues sessionValues;
    private NumericDocValues kindValues;
    private NumericDocValues dateValues;
    private NumericDocValues orderValues;
    private int[] textKeyOfOrd;
    private int[] seriesKeyOfOrd;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        docBase = context.docBase;
        var leaf = context.reader();
        textValues = DocValues.getSorted(leaf, SearchFields.TEXT_ID);
        seriesValues = DocValues.getSorted(leaf, SearchFields.SERIES);
        sessionValues = DocValues.getNumeric(leaf, SearchFields.SESSION);
        kindValues = DocValues.getNumeric(leaf, SearchFields.KIND);
        dateValues = DocValues.getNumeric(leaf, SearchFields.DATE);
        orderValues = DocValues.getNumeric(leaf, SearchFields.ORDER);
        textKeyOfOrd = unknown(textValues.getValueCount());
        seriesKeyOfOrd = unknown(seriesValues.getValueCount());
    }

    private static int[] unknown(int count) {
        int[] keys = new int[Math.max(0, count)];
        Arrays.fill(keys, -1);
        return keys;
    }

    @Override
    public void collect(int d) throws IOException {
        if (size == doc.length) {
            grow();
        }
        doc[size] = docBase + d;
        text[size] = key(textValues, textKeyOfOrd, textKeys, textIds, d);
        series[size] = key(seriesValues, seriesKeyOfOrd, seriesKeys, seriesIds, d);
        session[size] = value(sessionValues, d, ClauseDocuments.NO_SESSION);
        kind[size] = (int) value(kindValues, d, 2);
        date[size] = value(dateValues, d, ClauseDocuments.NO_DATE);
        order[size] = (int) value(orderValues, d, 0);
        size++;
    }

    /** The key of a sorted doc value's term, looked up once per segment and value. */
    private static int key(SortedDocValues values, int[] keyOfOrd, Map<String, Integer> keys, List<String> names, int d)
            throws IOException {
        if (!values.advanceExact(d)) {
            return keys.computeIfAbsent("", k -> add(names, k));
        }
        int ord = values.ordValue();
        if (keyOfOrd[ord] < 0) {
            keyOfOrd[ord] = keys.computeIfAbsent(values.lookupOrd(ord).utf8ToString(), k -> add(names, k));
        }
        return keyOfOrd[ord];
    }

    private static int add(List<String> names, String name) {
        names.add(name);
        return names.size() - 1;
    }

    private static long value(NumericDocValues values, int d, long missing) throws IOException {
        return values.advanceExact(d) ? values.longValue() : missing;
    }

    private void grow() {
        int n = doc.length * 2;
        doc = Arrays.copyOf(doc, n);
        text = Arrays.copyOf(text, n);
        series = Arrays.copyOf(series, n);
        session = Arrays.copyOf(session, n);
        kind = Arrays.copyOf(kind, n);
        date = Arrays.copyOf(date, n);
        order = Arrays.copyOf(order, n);
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** Hit a comes before hit b in order of agreement: adopted first, then session, date, text, clause. */
    int compareFirstAgreed(int a, int b) {
        int c = Integer.compare(kind[a], kind[b]);
        return c != 0 ? c : compareTimeline(a, b, false);
    }

    /** In order of appearance: session, a draft before its adopted text, date, text, clause. */
    int compareFirstSeen(int a, int b) {
        return compareTimeline(a, b, true);
    }

    private int compareTimeline(int a, int b, boolean draftsFirst) {
        int c = Long.compare(session[a], session[b]);
        if (c == 0 && draftsFirst) {
            c = Boolean.compare(kind[a] == 0, kind[b] == 0);
        }
        if (c == 0) {
            c = Long.compare(date[a], date[b]);
        }
        if (c == 0) {
            c = textIds.get(text[a]).compareTo(textIds.get(text[b]));
        }
        return c != 0 ? c : Integer.compare(order[a], order[b]);
    }
}
