package org.clausewise.corpus;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;

/** Made-up texts for edge cases of grouping: only the fields grouping reads are filled in. */
final class MadeUp {
    private MadeUp() {
    }

    static CorpusEntry text(String symbol, Integer session, String title, String... preamble) {
        List<Clause> pp = new ArrayList<>();
        for (int i = 0; i < preamble.length; i++) {
            pp.add(Clause.preambular(i + 1, preamble[i], List.of()));
        }
        ResolutionKind kind = symbol == null ? ResolutionKind.DRAFT : ResolutionKind.RESOLUTION;
        String file = (symbol == null ? "draft-" + session : symbol.replace('/', '-')) + ".txt";
        Path source = Paths.get("made-up", file);
        return new CorpusEntry(source, new Resolution(symbol, session, kind, title, null, pp, List.of(), List.of(),
                List.of(), file));
    }
}
