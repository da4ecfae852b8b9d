package org.clausewise.present;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.compare.OperativeVerb;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Relation;
import org.clausewise.model.SubparagraphRow;
import org.clausewise.model.TextDiff;

/** The words that say what happened to a row, in the order a reader takes them in. */
final class Badges {
    private Badges() {
    }

    /** @param kind the kind shown (UNCHANGED for a hidden editorial-only change): no badges then */
    static List<Badge> of(ClauseRow row, ChangeKind kind, boolean editorialOnly) {
        List<Badge> badges = new ArrayList<>();
        switch (kind) {
            case UNCHANGED:
                return badges;
            case ADDED:
                badges.add(new Badge(Badge.Kind.ADDED, "added"));
                break;
            case REMOVED:
                badges.add(new Badge(Badge.Kind.REMOVED, "removed"));
                break;
            case MOVED:
                badges.add(new Badge(Badge.Kind.MOVED, row.movedBetweenSections()
                        ? "moved from section " + row.fromSection() + " (" + row.left().label() + ")"
                        : "moved from " + row.left().label()));
                break;
            default:
                if (editorialOnly) {
                    badges.add(new Badge(Badge.Kind.EDITORIAL, "editorial"));
                } else if (row.changeClass() != null || row.relation() != Relation.NONE || !reordered(row)) {
                    badges.add(new Badge(Badge.Kind.MODIFIED, "modified"));
                } // else only its sub-paragraphs were reordered: the badge below says so
        }
        if (row.verbChanged()) {
            badges.add(new Badge(Badge.Kind.VERB_CHANGED, "verb changed",
                    OperativeVerb.of(row.left().text()) + " \u2192 " + OperativeVerb.of(row.right().text())));
        }
        if (row.relation() == Relation.SPLIT) {
            badges.add(new Badge(Badge.Kind.SPLIT, "split"));
        } else if (row.relation() == Relation.MERGED) {
            badges.add(new Badge(Badge.Kind.MERGED, "merged"));
        }
        if (reordered(row)) {
            badges.add(new Badge(Badge.Kind.SUBPARAGRAPHS_MOVED, "reordered",
                    "sub-paragraphs in another order (" + Run.MOVED_SIGN + ")"));
        }
        if (comparedCoarsely(row.diff())) {
            badges.add(new Badge(Badge.Kind.COARSE, "compared coarsely", row.diff().note()));
        }
        return badges;
    }

    private static boolean reordered(ClauseRow row) {
        return row.subparagraphs().stream().anyMatch(SubparagraphRow::reordered);
    }

    /** Whether the word diff gave up on this clause for its length ({@link TextDiff#coarse()}); its note is the badge's detail. */
    static boolean comparedCoarsely(TextDiff diff) {
        return diff.coarse();
    }
}
