package org.clausewise.corpus;

import java.util.List;
import java.util.Optional;

/**
 * A recurring resolution followed over the sessions: its texts in order of session, a draft just
 * before the adopted text of its session. {@code title} is the newest adopted text's title (a series
 * may have been renamed along the way).
 */
public record Series(String title, List<CorpusEntry> timeline) {
    public Series {
        timeline = List.copyOf(timeline);
        if (timeline.isEmpty()) {
            throw new IllegalArgumentException("a series has at least one text");
        }
    }

    public int size() {
        return timeline.size();
    }

    public boolean contains(CorpusEntry entry) {
        return timeline.contains(entry);
    }

    /** The sessions of its texts, oldest first, each once (unknown sessions left out). */
    public List<Integer> sessions() {
        return timeline.stream().map(e -> e.summary().session()).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** The newest text, whose title the series carries. */
    public CorpusEntry newest() {
        return timeline.get(timeline.size() - 1);
    }

    /** The adopted text with this symbol, e.g. "A/RES/69/179". */
    public Optional<CorpusEntry> bySymbol(String symbol) {
        return timeline.stream().filter(e -> symbol.equalsIgnoreCase(e.summary().symbol())).findFirst();
    }
}
