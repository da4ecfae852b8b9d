package org.clausewise.corpus.search;

import java.util.Locale;

/**
 * Which kinds of text were agreed: resolutions and decisions first, then drafts, then anything
 * else (amendments). Read from the kind's name so that kinds added to the model later fall in
 * place without a change here.
 */
final class KindOrder {
    private KindOrder() {
    }

    static int rank(String kind) {
        if (kind == null) {
            return 2;
        }
        String k = kind.toLowerCase(Locale.ROOT);
        if (k.equals("resolution") || k.equals("decision")) {
            return 0;
        }
        return k.startsWith("draft") ? 1 : 2;
    }
}
