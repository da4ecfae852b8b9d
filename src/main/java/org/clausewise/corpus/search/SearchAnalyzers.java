package org.clausewise.corpus.search;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analyzers of the indexed fields behind the search modes (see {@link SearchMode}). Every one
 * reads the clause text through {@link ComparableCharFilter}, so typography never matters and
 * offsets stay those of the display text.
 * <ul>
 *   <li>{@code exact}: words and punctuation marks, case kept;
 *   <li>{@code words}: words, lower case;
 *   <li>{@code near}: words with inner hyphens and apostrophes left out ("co-operation" is
 *       "cooperation"), lower case, without accents;
 *   <li>{@code near_split}: the same, but a hyphen or apostrophe parts words ("data-driven" holds
 *       "data"). A near search looks in both, so a compound is found written either way and
 *       its parts are found alone.
 * </ul>
 * In the index the near fields also hold each word without glued footnote digits. The passages of
 * one clause (lead-in, sub-paragraphs) are values of one field set {@link #PASSAGE_GAP} positions
 * apart, so no phrase runs from one passage into the next.
 */
final class SearchAnalyzers {
    static final int PASSAGE_GAP = 100;
    /** Part of the index's schema: a change here must rebuild existing indexes (see {@link SearchIndex}). */
    static final String VERSION = "1";

    private static final Analyzer EXACT = new FieldAnalyzer(true, false, false, false);
    private static final Analyzer WORDS = new FieldAnalyzer(false, false, false, false);
    private static final Analyzer NEAR = new FieldAnalyzer(false, true, true, false);
    private static final Analyzer NEAR_SPLIT = new FieldAnalyzer(false, false, true, false);

    private SearchAnalyzers() {
    }

    /** What the index writer uses: each field analysed its way. */
    static Analyzer forIndex() {
        return new PerFieldAnalyzerWrapper(WORDS, Map.of(
                SearchFields.EXACT, EXACT,
                SearchFields.WORDS, WORDS,
                SearchFields.NEAR, new FieldAnalyzer(false, true, true, true),
                SearchFields.NEAR_SPLIT, new FieldAnalyzer(false, false, true, true)));
    }

    /** How a phrase typed by the user is cut into the terms looked for in {@code field}. */
    static Analyzer forQuery(String field) {
        switch (field) {
            case SearchFields.EXACT: return EXACT;
            case SearchFields.NEAR: return NEAR;
            case SearchFields.NEAR_SPLIT: return NEAR_SPLIT;
            default: return WORDS;
        }
    }

    private static final class FieldAnalyzer extends Analyzer {
        private final boolean exact;
        private final boolean joinCompounds;
        private final boolean fold;
        private final boolean footnoteVariants;

        FieldAnalyzer(boolean exact, boolean joinCompounds, boolean fold, boolean footnoteVariants) {
            this.exact = exact;
            this.joinCompounds = joinCompounds;
            this.fold = fold;
            this.footnoteVariants = footnoteVariants;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new ComparableCharFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ClauseTokenizer(exact, joinCompounds);
            TokenStream stream = exact ? tokenizer : new LowerCaseFilter(tokenizer);
            if (fold) {
                stream = new ASCIIFoldingFilter(new AccentFilter(stream));
            }
            if (footnoteVariants) {
                stream = new FootnoteDigitsFilter(stream);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return PASSAGE_GAP;
        }
    }
}
