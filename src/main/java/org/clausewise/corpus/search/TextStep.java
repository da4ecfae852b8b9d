package org.clausewise.corpus.search;

import java.util.List;
import org.clausewise.model.ChangeClass;

/**
 * One text of a series in a search result: the clauses of it that hold the phrase (none: the
 * phrase is absent from this text). Steps run in the series' timeline order, so they show how
 * the wording came in, changed and went.
 */
public record TextStep(TextInfo text, List<ClauseHit> clauses) {
    public TextStep {
        clauses = List.copyOf(clauses);
    }

    public boolean holdsPhrase() {
        return !clauses.isEmpty();
    }

    /** The strongest wording change of its clauses from the previous text holding the phrase; null if none. */
    public ChangeClass change() {
        ChangeClass strongest = null;
        for (ClauseHit h : clauses) {
            ChangeClass c = h.wordingChange();
            if (c == ChangeClass.SUBSTANTIVE || (c == ChangeClass.EDITORIAL && strongest == null)) {
                strongest = c;
            }
        }
        return strongest;
    }
}
