package org.clausewise.present;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ChangeKind;

/**
 * One resolution of a session brief: what changed against the previous text of its series, as
 * counts and one short line per substantive change ({@link ChangeGist}). Editorial changes
 * (quotes, hyphens, OCR slips) are counted but not listed.
 *
 * @param symbol          "A/RES/79/123", or the text's display name when it has no symbol
 * @param title           the text's title, or null
 * @param file            the file it was read from (its name), for a text without symbol
 * @param previousSymbol  the earlier text of its series it is compared with; null when the series has none
 * @param previousSession the session of that earlier text, or null
 * @param added           clauses new in this text
 * @param changed         clauses whose wording changed substantively (also when moved)
 * @param dropped         clauses of the earlier text left out
 * @param verbChanges     operative verbs changed (Welcomes → Recalls)
 * @param editorial       clauses changed only editorially
 * @param changes         one line per substantive change, in reading order
 */
public record BriefLine(String symbol, String title, String file, String previousSymbol, Integer previousSession,
                        int added, int changed, int dropped, int verbChanges, int editorial, List<String> changes) {
    /** How the brief presents a comparison: editorial changes not marked, so they are not changes here. */
    public static final ViewOptions VIEW = new ViewOptions(true, false);

    public BriefLine {
        changes = List.copyOf(changes);
    }

    /** A text compared with the previous text of its series ({@code p} made with {@link #VIEW}). */
    public static BriefLine of(String symbol, String title, String file, String previousSymbol,
                               Integer previousSession, Presentation p) {
        int added = 0;
        int changed = 0;
        int dropped = 0;
        List<String> gists = new ArrayList<>();
        for (PresentedRow row : p.changes()) {
            if (row.kind() == ChangeKind.ADDED) {
                added++;
            } else if (row.kind() == ChangeKind.REMOVED) {
                dropped++;
            } else {
                changed++;
            }
            gists.add(ChangeGist.of(row));
        }
        return new BriefLine(symbol, title, file, previousSymbol, previousSession, added, changed, dropped,
                p.summary().verbChanges(), p.summary().editorial(), gists);
    }

    /** A text whose series has no earlier text among those read. */
    public static BriefLine first(String symbol, String title, String file) {
        return new BriefLine(symbol, title, file, null, null, 0, 0, 0, 0, 0, List.of());
    }

    public boolean hasPrevious() {
        return previousSymbol != null;
    }

    /**
     * "against A/RES/78/200: 2 new, 5 changed, 1 dropped, 1 verb change (3 editorial only)", or
     * "no previous text in its series" — the one wording of the counts, for the command line and PDF.
     */
    public String countsLine() {
        if (!hasPrevious()) {
            return "no previous text in its series";
        }
        StringBuilder sb = new StringBuilder("against ").append(previousSymbol).append(": ");
        if (added + changed + dropped == 0) {
            sb.append("no substantive change");
        } else {
            sb.append(added).append(" new, ").append(changed).append(" changed, ").append(dropped).append(" dropped");
        }
        if (verbChanges > 0) {
            sb.append(", ").append(ChangeGist.count(verbChanges, "verb change", "verb changes"));
        }
        if (editorial > 0) {
            sb.append(" (").append(editorial).append(" editorial only)");
        }
        return sb.toString();
    }
}
