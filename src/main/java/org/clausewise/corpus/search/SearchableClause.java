package org.clausewise.corpus.search;

import java.util.List;

/**
 * One clause as search sees it: its label as delegates name it ("OP 8", "PP 3") and its
 * passages in reading order, the lead-in first (label "") and then each sub-paragraph ("a",
 * "b", …). A phrase is matched inside one passage; all words in any order, anywhere in the clause.
 */
public record SearchableClause(String label, List<Passage> passages) {
    public SearchableClause {
        passages = List.copyOf(passages);
    }

    /** A lead-in or a sub-paragraph. */
    public record Passage(String label, String text) {
        public Passage {
            label = label == null ? "" : label;
            text = text == null ? "" : text;
        }
    }
}
