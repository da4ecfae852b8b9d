package org.clausewise.lineage;

import java.util.List;
import java.util.Optional;
import org.clausewise.model.Clause;
import org.clausewise.model.Comparison;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;

/**
 * Every clause history of one series, and the comparisons of consecutive texts they were chained
 * from. Each clause of each text belongs to exactly one history, so the histories are the rows of
 * the series overview (clauses × sessions).
 *
 * @param timeline  the series' texts in order (drafts just before their adopted text)
 * @param steps     {@code steps.get(i)} compares {@code timeline.get(i)} with {@code timeline.get(i + 1)}
 * @param preamble  histories of preambular paragraphs, in reading order
 * @param operative histories of operative paragraphs, in reading order
 * @param annex     histories of annexes' paragraphs and articles (annexes matched as the comparison matches them)
 */
public record SeriesLineage(List<Resolution> timeline, List<Comparison> steps, List<ClauseHistory> preamble,
                            List<ClauseHistory> operative, List<ClauseHistory> annex) {
    public SeriesLineage {
        timeline = List.copyOf(timeline);
        steps = List.copyOf(steps);
        preamble = List.copyOf(preamble);
        operative = List.copyOf(operative);
        annex = List.copyOf(annex);
    }

    /** A lineage of bodies only (texts without annexes). */
    public SeriesLineage(List<Resolution> timeline, List<Comparison> steps, List<ClauseHistory> preamble,
                         List<ClauseHistory> operative) {
        this(timeline, steps, preamble, operative, List.of());
    }

    public List<ClauseHistory> histories(Part part) {
        return part == Part.PREAMBLE ? preamble : part == Part.OPERATIVE ? operative : annex;
    }

    /** The history through the clause numbered {@code number} in the text at {@code position}. */
    public Optional<ClauseHistory> historyOf(int position, Part part, int number) {
        for (ClauseHistory h : histories(part)) {
            Optional<ClauseVersion> v = h.at(position);
            if (v.isPresent() && v.get().clause().number() == number) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /**
     * The history through this clause of this text: the clause itself, so that "OP 3" of section II
     * and "OP 3" of section IV of a text numbered per section are told apart.
     */
    public Optional<ClauseHistory> historyOf(Resolution text, Clause clause) {
        int position = positionOf(text);
        if (position < 0) {
            return Optional.empty();
        }
        for (ClauseHistory h : histories(clause.part())) {
            Optional<ClauseVersion> v = h.at(position);
            if (v.isPresent() && v.get().clause().equals(clause)) {
                return Optional.of(h);
            }
        }
        return historyOf(position, clause.part(), clause.number());
    }

    /** Timeline index of this text, -1 when it is not in the series. */
    public int positionOf(Resolution text) {
        for (int i = 0; i < timeline.size(); i++) {
            if (timeline.get(i) == text) {
                return i;
            }
        }
        return timeline.indexOf(text);
    }

    public int historyCount() {
        return preamble.size() + operative.size() + annex.size();
    }
}
