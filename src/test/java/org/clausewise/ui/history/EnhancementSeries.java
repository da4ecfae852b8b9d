package org.clausewise.ui.history;

import java.nio.file.Paths;
import java.util.List;
import org.clausewise.corpus.Corpus;
import org.clausewise.corpus.CorpusEntry;
import org.clausewise.corpus.CorpusLoader;
import org.clausewise.corpus.Series;
import org.clausewise.lineage.LineageBuilder;
import org.clausewise.lineage.SeriesLineage;
import org.clausewise.model.Resolution;

/** The "Enhancement of international cooperation" series of corpus/ and its lineage, built once. */
final class EnhancementSeries {
    private static Series series;
    private static SeriesLineage lineage;

    private EnhancementSeries() {
    }

    static synchronized Series series() {
        if (series == null) {
            Corpus corpus = new CorpusLoader().load(List.of(Paths.get("corpus")));
            CorpusEntry e69 = corpus.entries().stream().filter(e -> e.fileName().equals("A-RES-69-179.txt"))
                    .findFirst().orElseThrow();
            series = corpus.seriesOf(e69).orElseThrow();
        }
        return series;
    }

    static synchronized SeriesLineage lineage() {
        if (lineage == null) {
            List<Resolution> timeline = series().timeline().stream().map(CorpusEntry::resolution).toList();
            lineage = new LineageBuilder().build(timeline);
        }
        return lineage;
    }
}
