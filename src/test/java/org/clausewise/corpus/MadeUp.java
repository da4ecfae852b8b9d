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
    /** Made-up wording that versions of one resolution share from session to session. */
    static final String[] SHARED = {
        "Reaffirming the importance of made-up cooperation among the members of the imaginary council,",
        "Noting with appreciation the made-up report on the progress of the imaginary programme of work,",
        "Encourages all imaginary bodies to continue their work on the made-up subject in good faith;",
        "Requests the made-up secretariat to report on the implementation of the present text next year;",
    };
    /** Made-up wording of another resolution altogether. */
    static final String[] OTHER = {
        "Concerned about the fictional shortage of invented minerals in the coastal provinces of nowhere,",
        "Welcomes the pretend commission set up to study unreal tides and their effect on fictional ports;",
        "Calls upon the sample authorities to share placeholder data about the invented coastline;",
    };

    private MadeUp() {
    }

    static CorpusEntry text(String symbol, Integer session, String title, String... preamble) {
        ResolutionKind kind = symbol == null || symbol.contains("/L.") ? ResolutionKind.DRAFT : ResolutionKind.RESOLUTION;
        String file = (symbol == null ? "draft-" + session : symbol.replace('/', '-')) + ".txt";
        return text(Paths.get("made-up", file), symbol, session, kind, title, preamble);
    }

    static CorpusEntry text(Path source, String symbol, Integer session, ResolutionKind kind, String title,
                            String... preamble) {
        List<Clause> pp = new ArrayList<>();
        for (int i = 0; i < preamble.length; i++) {
            pp.add(Clause.preambular(i + 1, preamble[i], List.of()));
        }
        String file = String.valueOf(source.getFileName());
        return new CorpusEntry(source, new Resolution(symbol, session, kind, title, null, pp, List.of(), List.of(),
                List.of(), file));
    }

    /** The shared wording plus the given clauses. */
    static String[] shared(String... more) {
        return concat(SHARED, more);
    }

    /** Another resolution's wording plus the given clauses. */
    static String[] other(String... more) {
        return concat(OTHER, more);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
