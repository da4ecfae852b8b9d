package org.clausewise.lineage;

import java.util.List;
import java.util.Optional;
import org.clausewise.model.Clause;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;

/**
 * One clause followed through a series: its versions in consecutive texts, from the text where it
 * first appears to the last text that still has it.
 *
 * @param part     preamble or operative part
 * @param timeline the series' texts in order, so absent sessions can be named
 * @param versions the clause's versions, one per text, positions consecutive
 */
public record ClauseHistory(Part part, List<Resolution> timeline, List<ClauseVersion> versions) {
    public ClauseHistory {
        timeline = List.copyOf(timeline);
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a clause history has at least one version");
        }
    }

    /** The version in the text where the clause first appears in this series. */
    public ClauseVersion firstAppearance() {
        return versions.get(0);
    }

    /**
     * True when the clause is in the first text of the series: it may be older than the series
     * as loaded, so its first appearance is "at or before" that text.
     */
    public boolean presentFromStart() {
        return firstAppearance().position() == 0;
    }

    public ClauseVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The first text that no longer has the clause, if it was dropped before the series' end. */
    public Optional<Resolution> droppedIn() {
        int after = latest().position() + 1;
        return after < timeline.size() ? Optional.of(timeline.get(after)) : Optional.empty();
    }

    /** The versions whose wording differs from the version before (editorial or substantive). */
    public List<ClauseVersion> wordingChanges() {
        return versions.stream().filter(ClauseVersion::wordingChanged).toList();
    }

    /** The clause's version in the text at this timeline position, if it is there. */
    public Optional<ClauseVersion> at(int position) {
        int i = position - firstAppearance().position();
        return i >= 0 && i < versions.size() ? Optional.of(versions.get(i)) : Optional.empty();
    }

    /** Whether this history passes through this clause of this text. */
    public boolean contains(Resolution text, Clause clause) {
        return versions.stream().anyMatch(v -> (v.text() == text || v.text().equals(text)) && v.clause().equals(clause));
    }

    /** "OP 8 of A/RES/69/179": the clause as it stands in its latest text. */
    public String label() {
        return latest().clause().label() + " of " + latest().text().displayName();
    }
}
