package org.clausewise.corpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
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
 * for the exact and near modes, every term required for the words mode.
 */
public record PhraseQuery(String phrase, SearchMode mode, List<String> terms) {
    /** Lucene's limit on the clauses of one query is 1024; a longer paste is not a phrase. */
    static final int MAX_TERMS = 1000;

    public PhraseQuery {
        terms = List.copyOf(terms);
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
        List<String> terms = terms(SearchAnalyzers.forQuery(mode), SearchFields.field(mode), p);
        if (terms.size() > MAX_TERMS) {
            throw new IllegalArgumentException("the phrase is too long to search: at most " + MAX_TERMS + " words");
        }
        return new PhraseQuery(p, mode, terms);
    }

    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
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

    /** The Lucene query over the mode's field. */
    Query toLucene() {
        String field = SearchFields.field(mode);
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
