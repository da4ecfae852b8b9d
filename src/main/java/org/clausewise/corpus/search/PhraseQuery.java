package org.clausewise.corpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A phrase typed by the user, cut into terms the way the index cut the clauses for the chosen
 * mode, and the Lucene query that finds it: a phrase query (every term in order, nothing between)
 * for the exact mode; for the near mode, that phrase in either of the two near fields; every term
 * required for the words mode.
 *
 * @param termsByField the phrase's terms in each field the mode looks in
 */
public record PhraseQuery(String phrase, SearchMode mode, Map<String, List<String>> termsByField) {
    /** Lucene's limit on the clauses of one query is 1024; a longer paste is not a phrase. */
    static final int MAX_TERMS = 1000;

    public PhraseQuery {
        termsByField = Map.copyOf(termsByField);
    }

    /**
     * Analyses {@code phrase} for {@code mode}. A phrase without a single letter or digit cannot
     * be searched: {@link IllegalArgumentException} with a message for the user.
     */
    public static PhraseQuery of(String phrase, SearchMode mode) {
        String p = phrase == null ? "" : phrase.strip();
        if (p.codePoints().noneMatch(ClauseTokenizer::isWordChar)) {
            throw new IllegalArgumentException("type a word or phrase to search for");
        }
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (String field : SearchFields.fields(mode)) {
            List<String> t = terms(field, p);
            if (t.size() > MAX_TERMS) {
                throw new IllegalArgumentException("the phrase is too long to search: at most " + MAX_TERMS + " words");
            }
            terms.put(field, t);
        }
        return new PhraseQuery(p, mode, terms);
    }

    static List<String> terms(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = SearchAnalyzers.forQuery(field).tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
        return out;
    }

    /** The Lucene query: any of the mode's fields holding the phrase. */
    Query toLucene() {
        if (termsByField.size() == 1) {
            Map.Entry<String, List<String>> only = termsByField.entrySet().iterator().next();
            return query(only.getKey(), only.getValue());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Map.Entry<String, List<String>> e : termsByField.entrySet()) {
            any.add(query(e.getKey(), e.getValue()), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private Query query(String field, List<String> terms) {
        if (terms.isEmpty()) {
            return new org.apache.lucene.search.MatchNoDocsQuery("no words");
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        if (mode == SearchMode.WORDS) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (String t : new LinkedHashSet<>(terms)) {
                all.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.FILTER);
            }
            return all.build();
        }
        return new org.apache.lucene.search.PhraseQuery(field, terms.toArray(new String[0]));
    }
}
