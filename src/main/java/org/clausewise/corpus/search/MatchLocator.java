package org.clausewise.corpus.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Finds where a phrase stands in a passage Lucene matched, for highlighting and to tell which
 * sub-paragraph holds it. It reads the passage with the very analyzers that indexed it, so it
 * sees the same terms at the same positions, and offsets come back in display-text characters.
 */
final class MatchLocator {
    private final Analyzer analyzer = SearchAnalyzers.forIndex();

    /** One position of the passage: the terms there (a word and its variant) and the word's offsets. */
    private record Position(Set<String> terms, int start, int end) {
    }

    /** Highlights of the phrase (exact, near: each whole occurrence; words: each query word), in text order. */
    List<Highlight> locate(PhraseQuery query, String passage) {
        TreeSet<Highlight> out = new TreeSet<>((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        for (Map.Entry<String, List<String>> e : query.termsByField().entrySet()) {
            List<Position> positions = positions(e.getKey(), passage);
            List<String> terms = e.getValue();
            if (query.mode() == SearchMode.WORDS) {
                Set<String> wanted = new HashSet<>(terms);
                for (Position p : positions) {
                    if (p.terms().stream().anyMatch(wanted::contains)) {
                        out.add(new Highlight(p.start(), p.end()));
                    }
                }
                continue;
            }
            for (int at = 0; !terms.isEmpty() && at + terms.size() <= positions.size(); at++) {
                boolean all = true;
                for (int k = 0; k < terms.size() && all; k++) {
                    all = positions.get(at + k).terms().contains(terms.get(k));
                }
                if (all) {
                    out.add(new Highlight(positions.get(at).start(), positions.get(at + terms.size() - 1).end()));
                }
            }
        }
        return withoutOverlaps(out);
    }

    /** The two near fields may find the same words twice: keep the longest of overlapping highlights. */
    private static List<Highlight> withoutOverlaps(TreeSet<Highlight> sorted) {
        List<Highlight> out = new ArrayList<>();
        for (Highlight h : sorted) {
            Highlight last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && h.start() < last.end()) {
                out.set(out.size() - 1, new Highlight(last.start(), Math.max(last.end(), h.end())));
            } else {
                out.add(h);
            }
        }
        return out;
    }

    /** Whether every term of a words query is in the passage. */
    boolean holdsAllWords(PhraseQuery query, String passage) {
        for (Map.Entry<String, List<String>> e : query.termsByField().entrySet()) {
            Set<String> present = new HashSet<>();
            for (Position p : positions(e.getKey(), passage)) {
                present.addAll(p.terms());
            }
            if (!present.containsAll(e.getValue())) {
                return false;
            }
        }
        return true;
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
