package org.clausewise.corpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Finds where a phrase stands in a passage Lucene matched, for highlighting and to tell which
 * sub-paragraph holds it. It reads the passage with the very analyzer that indexed it, so it
 * sees the same terms at the same positions, and offsets come back in display-text characters.
 */
final class MatchLocator {
    private final Analyzer analyzer = SearchAnalyzers.forIndex();

    /** One position of the passage: the terms there (a word and its variant) and the word's offsets. */
    private record Position(Set<String> terms, int start, int end) {
    }

    /** Highlights of the phrase (exact, near: each whole occurrence; words: each query word). */
    List<Highlight> locate(PhraseQuery query, String passage) {
        List<Position> positions = positions(SearchFields.field(query.mode()), passage);
        List<Highlight> out = new ArrayList<>();
        List<String> terms = query.terms();
        if (query.mode() == SearchMode.WORDS) {
            Set<String> wanted = new HashSet<>(terms);
            for (Position p : positions) {
                if (p.terms().stream().anyMatch(wanted::contains)) {
                    out.add(new Highlight(p.start(), p.end()));
                }
            }
            return out;
        }
        for (int at = 0; at + terms.size() <= positions.size(); at++) {
            boolean all = true;
            for (int k = 0; k < terms.size() && all; k++) {
                all = positions.get(at + k).terms().contains(terms.get(k));
            }
            if (all) {
                out.add(new Highlight(positions.get(at).start(), positions.get(at + terms.size() - 1).end()));
            }
        }
        return out;
    }

    /** Whether every term of a words query is in the passage. */
    boolean holdsAllWords(PhraseQuery query, String passage) {
        Set<String> present = new HashSet<>();
        for (Position p : positions(SearchFields.field(query.mode()), passage)) {
            present.addAll(p.terms());
        }
        return present.containsAll(query.terms());
    }

    private List<Position> positions(String field, String text) {
        List<Position> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (increment.getPositionIncrement() == 0 && !out.isEmpty()) {
                    out.get(out.size() - 1).terms().add(term.toString());
                } else {
                    for (int gap = 1; gap < increment.getPositionIncrement() && !out.isEmpty(); gap++) {
                        out.add(new Position(Set.of(), offset.startOffset(), offset.startOffset()));
                    }
                    Set<String> terms = new HashSet<>(2);
                    terms.add(term.toString());
                    out.add(new Position(terms, offset.startOffset(), offset.endOffset()));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
        return out;
    }
}
