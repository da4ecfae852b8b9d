package org.clausewise.corpus.search;

import java.util.List;

/**
 * What {@link SearchIndex#sync} did: how many texts the index holds now, how many it (re)indexed
 * and removed, and the ids of texts whose clauses could not be loaded (left out).
 */
public record SyncReport(int texts, int indexed, int removed, List<String> failed) {
    public SyncReport {
        failed = List.copyOf(failed);
    }
}
