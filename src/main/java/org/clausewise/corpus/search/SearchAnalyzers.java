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
 * The analyzers behind the three search modes, one indexed field each (see {@link SearchMode}).
 * Every one reads the clause text through {@link ComparableCharFilter}, so typography never
 * matters and offsets stay those of the display text.
 * <ul>
 *   <li>{@code exact}: words and punctuation marks, case kept;
 *   <li>{@code words}: words, lower case;
 *   <li>{@code near}: words with inner hyphens and apostrophes left out, lower case, without accents;
 *       the index also holds each word without glued footnote digits.
 * </ul>
 * The passages of one clause (lead-in, sub-paragraphs) are values of one field set
 * {@link #PASSAGE_GAP} positions apart, so no phrase runs from one passage into the next.
 */
final class SearchAnalyzers {
    static final int PASSAGE_GAP = 100;
    /** Part of the index's schema: a change here must rebuild existing indexes (see {@link SearchIndex}). */
    static final String VERSION = "1";

    private SearchAnalyzers() {
    }

    /** What the index writer uses: each mode's field analysed its way. */
    static Analyzer forIndex() {
        return new PerFieldAnalyzerWrapper(new Field(SearchMode.WORDS, false), Map.of(
                SearchFields.EXACT, new Field(SearchMode.EXACT, false),
                SearchFields.WORDS, new Field(SearchMode.WORDS, false),
                SearchFields.NEAR, new Field(SearchMode.NEAR, true)));
    }

    /** How a phrase typed by the user is cut into the terms looked for in {@code mode}'s field. */
    static Analyzer forQuery(SearchMode mode) {
        return new Field(mode, false);
    }

    private static final class Field extends Analyzer {
        private final SearchMode mode;
        private final boolean footnoteVariants;

        Field(SearchMode mode, boolean footnoteVariants) {
            this.mode = mode;
            this.footnoteVariants = footnoteVariants;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new ComparableCharFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ClauseTokenizer(mode == SearchMode.EXACT, mode == SearchMode.NEAR);
            TokenStream stream = tokenizer;
            if (mode != SearchMode.EXACT) {
                stream = new LowerCaseFilter(stream);
            }
            if (mode == SearchMode.NEAR) {
                stream = new ASCIIFoldingFilter(new AccentFilter(stream));
                if (footnoteVariants) {
                    stream = new FootnoteDigitsFilter(stream);
                }
            }
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return PASSAGE_GAP;
        }
    }
}
