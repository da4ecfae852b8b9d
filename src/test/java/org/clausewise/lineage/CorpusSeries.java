package org.clausewise.lineage;

import java.nio.file.Paths;
import java.util.List;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.Series;
import org.clausewise.model.Resolution;

/** The bundled corpus/ loaded once, and its series as timelines of parsed texts. */
final class CorpusSeries {
    private static Corpus corpus;

    private CorpusSeries() {
    }

    static synchronized Corpus corpus() {
        if (corpus == null) {
            corpus = new CorpusLoader().load(List.of(Paths.get("corpus")));
        }
        return corpus;
    }

    /** The timeline of the series holding this file of corpus/. */
    static List<Resolution> seriesOf(String fileName) {
        CorpusEntry entry = corpus().entries().stream().filter(e -> e.fileName().equals(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError(fileName + " not loaded: " + corpus().failures()));
        Series series = corpus().seriesOf(entry).orElseThrow();
        return series.timeline().stream().map(CorpusEntry::resolution).toList();
    }
}
