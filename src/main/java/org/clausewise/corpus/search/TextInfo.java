package org.clausewise.corpus.search;

import java.time.LocalDate;
import org.clausewise.model.Sessions;

/**
 * A text as a search result names it.
 *
 * @param kind "resolution", "draft", … (the JSON names of {@code ResolutionKind})
 */
public record TextInfo(String id, String symbol, Integer session, String kind, LocalDate date, String file) {

    /** Adopted texts (resolutions, decisions) are what was agreed; drafts and amendments only proposed. */
    public boolean isAdopted() {
        return KindOrder.rank(kind) == 0;
    }

    /** "A/RES/61/168", or "draft A-67-draft-Third-Committee.txt" for a text without a symbol. */
    public String displayName() {
        if (symbol != null) {
            return symbol;
        }
        return (kind == null ? "text" : kind) + " " + (file == null ? id : file);
    }

    /** "61st session", or "session unknown". */
    public String sessionLabel() {
        return session == null ? "session unknown" : Sessions.ordinal(session) + " session";
    }
}
