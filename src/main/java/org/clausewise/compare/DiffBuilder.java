package org.clausewise.compare;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.DiffGranularity;
import org.clausewise.model.EditOp;
import org.clausewise.model.Span;
import org.clausewise.model.TextDiff;
import org.clausewise.model.WordEdit;

/**
 * Collects the runs of a {@link TextDiff} in reading order, whatever found them (word by word,
 * sentence by sentence, as one block). Each run carries the whitespace before its first token,
 * so the EQUAL and DELETE texts concatenate back into the left text and the EQUAL and INSERT
 * texts into the right one; spans cover the changed tokens only.
 */
final class DiffBuilder {
    private final String left;
    private final String right;
    private final List<WordEdit> edits = new ArrayList<>();
    private final List<Span> leftSpans = new ArrayList<>();
    private final List<Span> rightSpans = new ArrayList<>();
    private int equalWords;
    private boolean substantive;

    DiffBuilder(String left, String right) {
        this.left = left;
        this.right = right;
    }

    /** Tokens of the left text that the right text has too, at the same place. */
    void equal(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        edits.add(new WordEdit(EditOp.EQUAL,
                left.substring(tokens.get(0).lead(), tokens.get(tokens.size() - 1).end()), false));
        equalWords += countWords(tokens);
    }

    /** One changed stretch: tokens deleted from the left, tokens inserted on the right. */
    void changed(List<Token> deleted, List<Token> inserted, boolean editorial) {
        if (deleted.isEmpty() && inserted.isEmpty()) {
            return;
        }
        substantive |= !editorial;
        add(left, deleted, EditOp.DELETE, editorial, leftSpans);
        add(right, inserted, EditOp.INSERT, editorial, rightSpans);
    }

    private void add(String text, List<Token> tokens, EditOp op, boolean editorial, List<Span> spans) {
        if (tokens.isEmpty()) {
            return;
        }
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        edits.add(new WordEdit(op, text.substring(first.lead(), last.end()), editorial));
        spans.add(new Span(first.start(), last.end(), op, editorial));
    }

    /** The difference; similarity is the share of words in equal runs. */
    TextDiff build(List<Token> l, List<Token> r, DiffGranularity granularity) {
        int words = countWords(l) + countWords(r);
        double similarity = words == 0 ? 0.0 : 2.0 * equalWords / words;
        return new TextDiff(similarity, substantive ? ChangeClass.SUBSTANTIVE : ChangeClass.EDITORIAL,
                edits, leftSpans, rightSpans, granularity);
    }

    static int countWords(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            if (t.word()) {
                n++;
            }
        }
        return n;
    }
}
