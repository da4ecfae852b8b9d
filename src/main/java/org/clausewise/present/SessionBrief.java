package org.clausewise.present;

import java.util.List;

/**
 * What an analyst reads of a whole session at a glance: one {@link BriefLine} per resolution of the
 * session, in order of resolution number, and the texts that could not be compared.
 *
 * @param session  the General Assembly session, e.g. 79
 * @param lines    one per resolution of the session
 * @param skipped  one line per text that could not be read or compared ("A/RES/79/5: …")
 */
public record SessionBrief(int session, List<BriefLine> lines, List<String> skipped) {
    public SessionBrief {
        lines = List.copyOf(lines);
        skipped = List.copyOf(skipped);
    }

    /** Resolutions compared with an earlier text of their series. */
    public long withPrevious() {
        return lines.stream().filter(BriefLine::hasPrevious).count();
    }

    public int totalChanges() {
        return lines.stream().mapToInt(l -> l.changes().size()).sum();
    }
}
