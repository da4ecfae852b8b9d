package org.clausewise.lineage;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.Clause;
import org.clausewise.model.Resolution;
import org.clausewise.model.SubParagraph;

/**
 * A long series made from a short real one, for the benchmark: the real texts are repeated with
 * later sessions until the series is long enough, and each repetition is perturbed (one clause
 * dropped, a few reworded) so that consecutive texts are never identical and the alignments have
 * real work to do.
 */
public final class SyntheticSeries {
    private SyntheticSeries() {
    }

    public static List<Resolution> extend(List<Resolution> real, int length) {
        if (real.isEmpty()) {
            throw new IllegalArgumentException("no texts to extend");
        }
        List<Resolution> out = new ArrayList<>(length);
        int firstSession = real.get(0).session() == null ? 50 : real.get(0).session();
        for (int i = 0; i < length; i++) {
            Resolution base = real.get(i % real.size());
            int round = i / real.size();
            out.add(round == 0 ? base : perturb(base, round, firstSession + i));
        }
        return out;
    }

    private static Resolution perturb(Resolution r, int round, int session) {
        List<Clause> operative = new ArrayList<>();
        for (int i = 0; i < r.operative().size(); i++) {
            Clause c = r.operative().get(i);
            if (i == round % Math.max(1, r.operative().size())) {
                continue; // dropped in this round
            }
            String text = (i + round) % 4 == 0 ? c.text() + " in round " + round : c.text();
            operative.add(new Clause(c.part(), operative.size() + 1, text, reword(c.subparagraphs(), round),
                    c.footnoteRefs()));
        }
        String symbol = r.symbol() == null ? null : "A/RES/" + session + "/" + (100 + round);
        return new Resolution(symbol, session, r.kind(), r.title(), r.date(), r.preamble(), operative, r.footnotes(),
                r.warnings(), r.source() + " (round " + round + ")");
    }

    private static List<SubParagraph> reword(List<SubParagraph> subs, int round) {
        List<SubParagraph> out = new ArrayList<>(subs.size());
        for (int i = 0; i < subs.size(); i++) {
            SubParagraph s = subs.get(i);
            out.add(i == round % Math.max(1, subs.size())
                    ? new SubParagraph(s.label(), "notably " + s.text(), s.footnoteRefs()) : s);
        }
        return out;
    }
}
