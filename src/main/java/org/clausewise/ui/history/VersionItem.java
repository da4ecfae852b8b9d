package org.clausewise.ui.history;

import java.util.List;
import org.clausewise.lineage.ClauseVersion;

/**
 * One entry of the clause history list: a text of the series and what the clause is in it.
 *
 * @param session    "69th session"
 * @param textName   "A/RES/69/179", or "Draft" with its file for a text without symbol
 * @param number     "OP 8", empty where the clause is absent
 * @param status     "Substantive change · was OP 7", "First appearance", "Absent" …
 * @param wording    the clause, as a redline from the previous version when it changed
 * @param version    the clause's version in this text; null where absent
 */
public record VersionItem(int position, String session, String textName, boolean draft, VersionState state,
                          String number, String status, List<StyledRun> wording, ClauseVersion version) {
    public VersionItem {
        wording = List.copyOf(wording);
    }

    public boolean present() {
        return version != null;
    }
}
