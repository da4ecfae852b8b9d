package org.clausewise.ui.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.Series;
import org.clausewise.lineage.LineageBuilder;
import org.clausewise.lineage.SeriesLineage;
import org.clausewise.model.Resolution;
import org.clausewise.ui.library.LibraryEntry;

/**
 * Finds the series a text belongs to in the window's library and its clause histories, keeping
 * the last few lineages so opening several histories of one series compares its texts once.
 * Plain Java; call it off the FX thread.
 */
public final class SeriesLineages {
    private static final int KEEP = 8;

    private final LineageBuilder builder;
    private final Map<List<Resolution>, SeriesLineage> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Resolution>, SeriesLineage> eldest) {
            return size() > KEEP;
        }
    };

    public SeriesLineages(LineageBuilder builder) {
        this.builder = builder;
    }

    /** A series and its histories. */
    public record Found(String title, SeriesLineage lineage) {
    }

    /** The series of {@code text} among the library's texts, grouped by the corpus rules. */
    public Optional<Found> seriesOf(List<LibraryEntry> library, Resolution text) {
        List<CorpusEntry> entries = new ArrayList<>(library.size());
        CorpusEntry wanted = null;
        for (LibraryEntry e : library) {
            // the library's own entries: their texts are read only for the series asked (an index may hold thousands)
            CorpusEntry c = e.corpusEntry();
            entries.add(c);
            if (wanted == null && e.holds(text)) {
                wanted = c;
            }
        }
        if (wanted == null) {
            return Optional.empty();
        }
        Corpus corpus = new Corpus(entries, List.of());
        Optional<Series> series = corpus.seriesOf(corpus.find(wanted.source()).orElse(wanted));
        return series.map(s -> new Found(s.title(), lineageOf(s.timeline().stream().map(CorpusEntry::resolution)
                .toList())));
    }

    private SeriesLineage lineageOf(List<Resolution> timeline) {
        synchronized (cache) {
            SeriesLineage known = cache.get(timeline);
            if (known != null) {
                return known;
            }
        }
        SeriesLineage built = builder.build(timeline);
        synchronized (cache) {
            cache.put(timeline, built);
        }
        return built;
    }
}
