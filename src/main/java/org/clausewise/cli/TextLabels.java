package org.clausewise.cli;

import org.clausewise.model.Resolution;
import org.clausewise.model.Sessions;

/** How a text of the series is named in history output. */
final class TextLabels {
    private TextLabels() {
    }

    /** "69th session" or "session unknown". */
    static String session(Resolution text) {
        return text.session() == null ? "session unknown" : Sessions.ordinal(text.session()) + " session";
    }

    /** "A/RES/69/179", or "draft (A-67-draft-Third-Committee.txt)" for a text without a symbol. */
    static String name(Resolution text) {
        if (text.symbol() != null) {
            return text.symbol();
        }
        String what = text.kind() == org.clausewise.model.ResolutionKind.DRAFT ? "draft" : "text";
        return text.source() == null ? what : what + " (" + text.source() + ")";
    }
}
